package org.scfin.financing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Financing", description = "A bank's advance against confirmed receivables, with its computed amounts")
public record FinancingView(
        @Schema(example = "0KZ4J2D1X3B81") String id,
        @Schema(example = "0KZ4J2D1X3B80") String programId,
        @Schema(example = "0KZ4J2D1X3B7S") String bankId,
        @Schema(example = "0KZ4J2D1X3B7Q") String coreEnterpriseId,
        @Schema(example = "0KZ4J2D1X3B7R") String supplierId,
        @Schema(example = "[\"0KZ4J2D1X3B7V\"]") List<String> receivableIds,
        @Schema(description = "OVERDUE when disbursed, past maturity and not fully paid", example = "DISBURSED") FinancingStatus status,
        @Schema(example = "1000000.00") BigDecimal requestedAmount,
        @Schema(description = "Outstanding amount of the receivables when applied", example = "1250000.00") BigDecimal faceValue,
        @Schema(example = "90.00") BigDecimal advanceRatio,
        @Schema(example = "3.6000") BigDecimal annualRate,
        @Schema(example = "2025-07-03") LocalDate valueDate,
        @Schema(example = "2025-12-28") LocalDate maturityDate,
        @Schema(example = "ACT_360") DayCount dayCount,
        @Schema(example = "UPFRONT") InterestMode interestMode,
        @Schema(example = "1000000.00") BigDecimal principal,
        @Schema(example = "17700.00") BigDecimal interest,
        @Schema(description = "Paid to the supplier at disbursement", example = "982300.00") BigDecimal netAmount,
        @Schema(description = "To be collected at maturity", example = "1000000.00") BigDecimal amountDue,
        @Schema(example = "0.00") BigDecimal settledAmount,
        @Schema(example = "1000000.00") BigDecimal outstandingAmount,
        @Schema(description = "Spread of the rate to the 1-year LPR on the value date, basis points", example = "60") Integer spreadToLprBp,
        @Schema(description = "Spread to the regional small-business average, basis points", example = "-250") Integer spreadToRegionalAverageBp,
        @Schema(example = "CREDIT_DECLINED") RejectionReason rejectReasonCode,
        @Schema(example = "2025-07-01T02:00:00Z") Instant appliedAt,
        @Schema(example = "2025-07-02T02:00:00Z") Instant approvedAt,
        @Schema(example = "2025-07-03T02:00:00Z") Instant disbursedAt,
        @Schema(description = "Time from application to disbursement, hours", example = "48.00") BigDecimal hoursToDisbursement,
        @Schema(example = "2025-12-28T08:00:00Z") Instant closedAt,
        @Schema(description = "Only on GET /financings/{id}, oldest first") @JsonInclude(JsonInclude.Include.NON_NULL)
        List<FinancingHistoryView> history) implements VisibleFinancing {
}
