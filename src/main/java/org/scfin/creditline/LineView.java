package org.scfin.creditline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.Times;
import org.scfin.product.ProductExamples;

@Schema(name = "CreditLine", description = "A pre-approved line and what is left of it")
public record LineView(
        @Schema(example = ProductExamples.LINE_ID) String id,
        @Schema(example = Examples.BANK_ID) String bankId,
        @Schema(example = Examples.SUPPLIER_ID) String supplierId,
        @Schema(example = ProductExamples.PRODUCT_ID) String productId,
        @Schema(example = ProductExamples.LINE_AMOUNT) BigDecimal amount,

        @Schema(
                description = "Principal approved within the line and not yet settled, rejected or renewed",
                example = ProductExamples.LINE_USED)
        BigDecimal usedAmount,

        @Schema(example = ProductExamples.LINE_AVAILABLE) BigDecimal availableAmount,
        @Schema(example = ProductExamples.LINE_EXPIRES_ON) LocalDate expiresOn,

        @Schema(description = "EXPIRED once live past expiresOn", example = ProductExamples.LINE_STATUS)
        CreditLineStatus status,

        @Schema(example = "2025-11-03T01:30:00Z") Instant createdAt,

        @Schema(description = "Null unless cancelled", example = Examples.CLOSED_AT)
        Instant cancelledAt) {

    static LineView of(CreditLine line) {
        return new LineView(
                line.id,
                line.bankId,
                line.supplierId,
                line.productId,
                line.amount,
                line.usedAmount,
                line.available().amount(),
                line.expiresOn,
                line.statusOn(Times.today()),
                line.createdAt,
                line.cancelledAt);
    }
}
