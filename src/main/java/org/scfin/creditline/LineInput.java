package org.scfin.creditline;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.WellFormedId;
import org.scfin.product.ProductExamples;

@Schema(name = "CreditLineInput", description = "A line a bank grants a supplier under one of its products")
public record LineInput(
        @Schema(description = "One of the bank's published products", example = ProductExamples.PRODUCT_ID)
        @NotNull
        @WellFormedId
        String productId,

        @Schema(description = "A supplier of a region the product serves", example = Examples.SUPPLIER_ID)
        @NotNull
        @WellFormedId
        String supplierId,

        @Schema(description = "Yuan", example = ProductExamples.LINE_AMOUNT)
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal amount,

        @Schema(
                description = "The last day an approval may use the line; today or later",
                example = ProductExamples.LINE_EXPIRES_ON)
        @NotNull
        @DateRange
        LocalDate expiresOn) {}
