package org.scfin.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "RateRecord", description = "A financing rate as approved or repriced, with its spreads that day")
public record RateRecordView(
        @Schema(example = "0KZ4J2D1X3B82") String id,
        @Schema(example = Examples.FINANCING_ID) String financingId,
        @Schema(example = Examples.BANK_ID) String bankId,

        @Schema(description = "The supplier's region", example = Examples.DISTRICT_CODE)
        String regionCode,

        @Schema(description = "APPROVAL, EXTENSION, RENEWAL or RESTRUCTURING", example = Examples.RATE_KIND)
        String kind,

        @Schema(example = Examples.VALUE_DATE) LocalDate date,
        @Schema(example = Examples.ANNUAL_RATE) BigDecimal rate,
        @Schema(example = Examples.PRINCIPAL) BigDecimal principal,

        @Schema(description = "1-year LPR in force", example = "3.0000")
        BigDecimal lpr1y,

        @Schema(description = "Regional small-business average in force", example = "6.1000")
        BigDecimal regionalAverage,

        @Schema(example = Examples.SPREAD_TO_LPR_BP) Integer spreadToLprBp,

        @Schema(example = Examples.SPREAD_TO_REGIONAL_AVERAGE_BP)
        Integer spreadToRegionalAverageBp) {

    static RateRecordView of(RateRecord r) {
        return new RateRecordView(
                r.id,
                r.financingId,
                r.bankId,
                r.regionCode,
                r.kind.name(),
                r.rateDate,
                r.annualRate,
                r.principal,
                r.lpr1y,
                r.regionalAverage,
                r.spreadLprBp,
                r.spreadRegionalBp);
    }
}
