package org.scfin.product;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;
import org.scfin.enterprise.TaxGrade;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "CreditProductInput", description = "A credit product as its bank publishes it")
public record ProductInput(
        @Schema(example = ProductExamples.NAME) @NotBlank @Size(max = 120) @PlainText
        String name,

        @Schema(example = ProductExamples.KIND) @NotNull ProductKind kind,

        @Schema(
                description = "Percent a year, the lowest rate the product lends at",
                example = ProductExamples.RATE_MIN)
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal rateMin,

        @Schema(description = "Percent a year, not below rateMin", example = ProductExamples.RATE_MAX)
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal rateMax,

        @Schema(
                description = "Yuan: the most one financing under the product lends",
                example = ProductExamples.MAX_AMOUNT)
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal maxAmount,

        @Schema(description = "Days from value date to maturity, at most", example = ProductExamples.MAX_TERM_DAYS)
        @NotNull
        @Positive
        @Max(3660)
        Integer maxTermDays,

        @Schema(
                description = "Region codes served; each serves every region under it (a province its cities and"
                        + " counties)",
                example = ProductExamples.REGION_CODES)
        @NotEmpty
        @Size(max = 100)
        List<@NotNull @WellFormedRegionCode String> regionCodes,

        @Schema(
                description = "The worst tax credit grade the product accepts (A best, then B, M, C, D); omitted: any",
                example = ProductExamples.MIN_TAX_GRADE)
        TaxGrade minTaxGrade,

        @Schema(description = "Applied for, approved and disbursed without a visit", example = "true") @NotNull
        Boolean fullyOnline) {}
