package org.scfin.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "FinancingHistoryEntry", description = "One step in a financing's life")
public record FinancingHistoryView(
        @Schema(example = "APPROVED") FinancingAction action,
        @Schema(example = "APPROVED") FinancingStatus status,

        @Schema(description = "Principal approved, or amount settled", example = "900000.00")
        BigDecimal amount,

        @Schema(description = "Value date, paid-on date or new maturity", example = Examples.VALUE_DATE)
        LocalDate effectiveDate,

        @Schema(example = Examples.ANNUAL_RATE) BigDecimal annualRate,
        @Schema(example = Examples.REJECTION_REASON) String reasonCode,
        String note,
        @Schema(example = "bank:0KZ4J2D1X3B7S") String actor,
        @Schema(example = "2025-07-03T01:00:00Z") Instant at) {

    static FinancingHistoryView of(FinancingHistory h) {
        return new FinancingHistoryView(
                h.action,
                h.statusAfter,
                h.amount,
                h.effectiveDate,
                h.annualRate,
                h.reasonCode,
                h.note,
                h.actor,
                h.occurredAt);
    }
}
