package org.scfin.statistics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The blocks statistics answers are made of. Percentages have 2 decimals (34.57 means 34.57%); rates are percent a
 * year.
 */
public final class Figures {

    private Figures() {}

    @Schema(
            name = "FinancingVolume",
            description = "Financings disbursed in the period (renewals count under relief instead)")
    public record Volume(
            @Schema(example = "545") long count,

            @Schema(description = "Principal, yuan", example = "1160000000.00")
            BigDecimal amount,

            @Schema(description = "Distinct suppliers financed", example = "96")
            long suppliers,

            @Schema(description = "Distinct core enterprises whose receivables were financed", example = "12")
            long coreEnterprises) {}

    @Schema(name = "PreviousYearVolume", description = "The same period a year earlier")
    public record PreviousYear(
            @Schema(example = "405") long count,
            @Schema(example = "997250000.00") BigDecimal amount,
            @Schema(example = "80") long suppliers) {}

    @Schema(
            name = "YearOnYear",
            description = "Change against a year earlier in percent; null where the earlier figure is zero")
    public record YearOnYear(
            @Schema(example = "34.57") BigDecimal countPct,
            @Schema(example = "16.32") BigDecimal amountPct,
            @Schema(example = "20.00") BigDecimal suppliersPct) {}

    @Schema(
            name = "RateFigures",
            description = "Annual rates at approval, percent; null without financings (or without reference rates)")
    public record Rates(
            @Schema(example = "3.7000") BigDecimal min,
            @Schema(example = "5.0000") BigDecimal max,

            @Schema(description = "Weighted by principal", example = "4.2100")
            BigDecimal weightedAverage,

            @Schema(
                    description =
                            "The regional average small-business loan rate the financings were priced against, weighted by principal",
                    example = "6.7100")
            BigDecimal referenceSmeAverage,

            @Schema(description = "Weighted spread to that reference, percentage points", example = "-2.50")
            BigDecimal spreadToReferencePp,

            @Schema(description = "Weighted spread to the 1-year LPR in force, percentage points", example = "1.11")
            BigDecimal spreadToLprPp) {}

    @Schema(
            name = "SizeClassCounts",
            description = "Distinct suppliers financed, by size class at their first financing")
    public record BySizeClass(
            @JsonProperty("MICRO") @Schema(example = "40") long micro,
            @JsonProperty("SMALL") @Schema(example = "46") long small,
            @JsonProperty("MEDIUM") @Schema(example = "10") long medium) {}

    @Schema(name = "InclusionFigures")
    public record Inclusion(
            @Schema(
                    description =
                            "Share of the suppliers financed that were credit-white at their first financing, percent",
                    example = "21.60")
            BigDecimal creditWhiteSharePct,

            BySizeClass bySizeClass) {}

    @Schema(name = "SpeedFigures", description = "Hours from application to disbursement")
    public record Speed(
            @Schema(example = "40.80") BigDecimal averageHoursToDisbursement,

            @Schema(description = "Median of the hours to a tenth of an hour", example = "36.50")
            BigDecimal medianHoursToDisbursement,

            @Schema(
                    description = "Change of the average against a year earlier, percent (negative is faster)",
                    example = "-15.00")
            BigDecimal averageChangePct) {}

    @Schema(name = "ReliefVolume")
    public record CountAmount(
            @Schema(example = "12") long count,

            @Schema(description = "Principal concerned, yuan", example = "52000000.00")
            BigDecimal amount) {}

    @Schema(
            name = "ReliefFigures",
            description = "Credit relief granted in the period, in the regions of the borrowers")
    public record Relief(CountAmount extensions, CountAmount renewals, CountAmount restructurings) {}

    @Schema(name = "BalanceFigures", description = "At the end of the period (today for a period not yet over)")
    public record Balances(
            @Schema(description = "Principal lent and not yet repaid, yuan", example = "640000000.00")
            BigDecimal outstandingPrincipal,

            @Schema(description = "The part of it past maturity, yuan", example = "3500000.00")
            BigDecimal overduePrincipal) {}

    @Schema(
            name = "CoverageFigures",
            description = "Core enterprises registered in the region that are connected to the platform")
    public record Coverage(
            @Schema(example = "8") long connected,
            @Schema(example = "10") long total,
            @Schema(example = "80.00") BigDecimal pct) {}
}
