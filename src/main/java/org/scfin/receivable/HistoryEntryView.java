package org.scfin.receivable;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "ReceivableHistoryEntry", description = "One event in a receivable's life")
public record HistoryEntryView(
        @Schema(example = "ADJUSTED") ReceivableAction action,
        @Schema(example = Examples.RECEIVABLE_STATUS) ReceivableStatus status,
        @Schema(example = Examples.RECEIVABLE_AMOUNT) BigDecimal amountBefore,
        @Schema(example = "1200000.00") BigDecimal amountAfter,

        @Schema(description = "Credit note number of an adjustment", example = Examples.CREDIT_NOTE)
        String reference,

        @Schema(example = Examples.ADJUSTMENT_REASON) String reason,
        @Schema(example = "erp:0KZ4J2D1X3B7Q") String actor,
        @Schema(example = "2025-07-03T02:15:00Z") Instant at) {

    static HistoryEntryView of(ReceivableHistory h) {
        return new HistoryEntryView(
                h.action, h.statusAfter, h.amountBefore, h.amountAfter, h.reference, h.reason, h.actor, h.occurredAt);
    }
}
