package org.scfin.financing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.coupon.CouponExamples;
import org.scfin.product.ProductExamples;

@Schema(name = "Financing", description = "A bank's advance against confirmed receivables, with its computed amounts")
public record FinancingView(
        @Schema(example = Examples.FINANCING_ID) String id,
        @Schema(example = Examples.PROGRAM_ID) String programId,
        @Schema(example = Examples.BANK_ID) String bankId,
        @Schema(example = Examples.CORE_ENTERPRISE_ID) String coreEnterpriseId,
        @Schema(example = Examples.SUPPLIER_ID) String supplierId,
        @Schema(example = Examples.RECEIVABLE_IDS) List<String> receivableIds,

        @Schema(
                description = "OVERDUE when disbursed, past maturity and not fully paid",
                example = Examples.FINANCING_STATUS)
        FinancingStatus status,

        @Schema(example = Examples.PRINCIPAL) BigDecimal requestedAmount,

        @Schema(
                description = "Outstanding amount of the receivables when applied",
                example = Examples.RECEIVABLE_AMOUNT)
        BigDecimal faceValue,

        @Schema(example = Examples.ADVANCE_RATIO) BigDecimal advanceRatio,
        @Schema(example = Examples.ANNUAL_RATE) BigDecimal annualRate,
        @Schema(example = Examples.VALUE_DATE) LocalDate valueDate,
        @Schema(example = Examples.DUE_DATE) LocalDate maturityDate,
        @Schema(example = Examples.DAY_COUNT) DayCount dayCount,
        @Schema(example = Examples.INTEREST_MODE) InterestMode interestMode,
        @Schema(example = Examples.PRINCIPAL) BigDecimal principal,
        @Schema(example = "17700.00") BigDecimal interest,

        @Schema(description = "Paid to the supplier at disbursement", example = "982300.00")
        BigDecimal netAmount,

        @Schema(description = "To be collected at maturity", example = Examples.PRINCIPAL)
        BigDecimal amountDue,

        @Schema(example = "0.00") BigDecimal settledAmount,
        @Schema(example = Examples.PRINCIPAL) BigDecimal outstandingAmount,

        @Schema(
                description = "Spread of the rate to the 1-year LPR on the value date, basis points",
                example = Examples.SPREAD_TO_LPR_BP)
        Integer spreadToLprBp,

        @Schema(
                description = "Spread to the regional small-business average, basis points",
                example = Examples.SPREAD_TO_REGIONAL_AVERAGE_BP)
        Integer spreadToRegionalAverageBp,

        @Schema(example = Examples.REJECTION_REASON) RejectionReason rejectReasonCode,
        @Schema(example = "2025-07-01T02:00:00Z") Instant appliedAt,
        @Schema(example = "2025-07-02T02:00:00Z") Instant approvedAt,
        @Schema(example = Examples.DISBURSED_AT) Instant disbursedAt,

        @Schema(description = "Time from application to disbursement, hours", example = "48.00")
        BigDecimal hoursToDisbursement,

        @Schema(example = Examples.CLOSED_AT) Instant closedAt,

        @Schema(
                description = "The financing this one repaid by renewal; null for a financing of its own",
                example = "0KZ4J2D1X3A77")
        String renewalOfId,

        @Schema(
                description = "The pre-approved line it was approved within; null for one approved under the program"
                        + " alone",
                example = ProductExamples.LINE_ID)
        String creditLineId,

        @Schema(
                description = "The rate coupon applied at approval; null for one approved without",
                example = CouponExamples.COUPON_ID)
        String couponId,

        @Schema(
                description = "The bank's rate before the coupon's cut (annualRate is the rate after it); null without"
                        + " a coupon",
                example = CouponExamples.RATE_BEFORE_COUPON)
        BigDecimal rateBeforeCoupon,

        @Schema(
                description = "principal x cut x days / year days over the term approved, yuan; null without a coupon",
                example = CouponExamples.INTEREST_SAVED)
        BigDecimal interestSaved,

        @Schema(description = "Only on GET /financings/{id}, oldest first") @JsonInclude(JsonInclude.Include.NON_NULL)
        List<FinancingHistoryView> history)
        implements VisibleFinancing {}
