package org.scfin.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RateRecord", description = "A financing rate as approved or repriced, with its spreads that day")
public record RateRecordView(
        @Schema(example = "0KZ4J2D1X3B82") String id,
        @Schema(example = "0KZ4J2D1X3B81") String financingId,
        @Schema(example = "0KZ4J2D1X3B7S") String bankId,
        @Schema(description = "The supplier's region", example = "620302") String regionCode,
        @Schema(description = "APPROVAL, EXTENSION, RENEWAL or RESTRUCTURING", example = "APPROVAL") String kind,
        @Schema(example = "2025-07-03") LocalDate date,
        @Schema(example = "3.6000") BigDecimal rate,
        @Schema(example = "1000000.00") BigDecimal principal,
        @Schema(description = "1-year LPR in force", example = "3.0000") BigDecimal lpr1y,
        @Schema(description = "Regional small-business average in force", example = "6.1000") BigDecimal regionalAverage,
        @Schema(example = "60") Integer spreadToLprBp,
        @Schema(example = "-250") Integer spreadToRegionalAverageBp) {

    static RateRecordView of(RateRecord r) {
        return new RateRecordView(r.id, r.financingId, r.bankId, r.regionCode, r.kind.name(), r.rateDate, r.annualRate, r.principal, r.lpr1y,
                r.regionalAverage, r.spreadLprBp, r.spreadRegionalBp);
    }
}
