package org.scfin.financing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.WellFormedId;
import org.scfin.coupon.CouponExamples;
import org.scfin.product.ProductExamples;

@Schema(name = "ApprovalInput", description = "The bank's terms")
public record ApprovalInput(
        @Schema(
                description = "Percent a year, within the program's floor and cap (before a coupon's cut)",
                example = "3.6")
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal annualRate,

        @Schema(
                description = "Percent of face value, at most the program's maximum",
                example = Examples.ADVANCE_RATIO_INPUT)
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal advanceRatio,

        @Schema(description = "Interest runs from this date to maturity", example = Examples.VALUE_DATE)
        @NotNull
        @DateRange
        LocalDate valueDate,

        @Schema(
                description = "A pre-approved line of the bank for the financing's supplier to approve within: the"
                        + " principal must fit what is left of it and its product's maximum amount, term and rate"
                        + " range. Omitted: the financing uses no line",
                example = ProductExamples.LINE_ID)
        @WellFormedId
        String creditLineId,

        @Schema(
                description = "A rate coupon of the financing's supplier, issued by a regional authority and not used,"
                        + " revoked or expired: annualRate is checked against the program's (and the line's) bounds,"
                        + " and the financing is priced at annualRate less the coupon's cut. Omitted: no coupon",
                example = CouponExamples.COUPON_ID)
        @WellFormedId
        String couponId) {}
