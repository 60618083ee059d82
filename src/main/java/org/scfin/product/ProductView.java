package org.scfin.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.enterprise.TaxGrade;

@Schema(name = "CreditProduct", description = "A bank's credit product in the pool")
public record ProductView(
        @Schema(example = ProductExamples.PRODUCT_ID) String id,
        @Schema(example = Examples.BANK_ID) String bankId,
        @Schema(example = ProductExamples.NAME) String name,
        @Schema(example = ProductExamples.KIND) ProductKind kind,

        @Schema(description = "Percent a year", example = ProductExamples.RATE_MIN)
        BigDecimal rateMin,

        @Schema(description = "Percent a year", example = ProductExamples.RATE_MAX)
        BigDecimal rateMax,

        @Schema(example = ProductExamples.MAX_AMOUNT) BigDecimal maxAmount,
        @Schema(example = ProductExamples.MAX_TERM_DAYS) int maxTermDays,
        @Schema(example = ProductExamples.REGION_CODES) List<String> regionCodes,

        @Schema(description = "Null when the product asks for no grade", example = ProductExamples.MIN_TAX_GRADE)
        TaxGrade minTaxGrade,

        @Schema(example = "true") boolean fullyOnline,
        @Schema(example = ProductExamples.PRODUCT_STATUS) ProductStatus status,
        @Schema(example = "2025-11-03T01:30:00Z") Instant createdAt,

        @Schema(description = "Null while published", example = Examples.CLOSED_AT)
        Instant withdrawnAt) {

    static ProductView of(CreditProduct p) {
        return new ProductView(
                p.id,
                p.bankId,
                p.name,
                p.kind,
                p.rateMin,
                p.rateMax,
                p.maxAmount,
                p.maxTermDays,
                List.copyOf(p.regionCodes),
                p.minTaxGrade,
                p.fullyOnline,
                p.status,
                p.createdAt,
                p.withdrawnAt);
    }
}
