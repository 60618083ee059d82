package org.scfin.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

/**
 * What the core enterprise that owes the receivables sees of a financing: which of its receivables are assigned, to
 * which bank, and what it owes on each and when. It pays the bank instead of the supplier, so it needs exactly that;
 * the application, the credit decision and the price (rate, principal, interest, net amount, spreads) stay between the
 * supplier and its bank, and so does relief, which is why there is no maturity and no OVERDUE here: both follow the
 * financing's terms, which an extension moves.
 */
@Schema(
        name = "DebtorFinancing",
        description =
                "A financing as the core enterprise that owes its receivables sees it (ERP callers):"
                        + " the receivables assigned to the bank, what is owed on each and when. Terms and prices are not shown.")
public record DebtorFinancingView(
        @Schema(example = Examples.FINANCING_ID) String id,

        @Schema(
                description = "DISBURSED while the receivables are assigned to the bank, SETTLED once released",
                example = Examples.FINANCING_STATUS)
        FinancingStatus status,

        @Schema(description = "The bank to pay the assigned receivables to", example = Examples.BANK_ID)
        String bankId,

        @Schema(example = Examples.BANK_NAME) String bankName,

        @Schema(description = "The supplier whose receivables were assigned", example = Examples.SUPPLIER_ID)
        String supplierId,

        List<AssignedReceivable> receivables,

        @Schema(
                description = "When the receivables were assigned to the bank (the disbursement)",
                example = Examples.DISBURSED_AT)
        Instant assignedAt,

        @Schema(
                description =
                        "When the assignment ended (settled, or renewed into another financing); null while in force",
                example = Examples.CLOSED_AT)
        Instant releasedAt)
        implements VisibleFinancing {

    @Schema(
            name = "AssignedReceivable",
            description = "A receivable assigned to the bank: what the core enterprise owes on it and when")
    public record AssignedReceivable(
            @Schema(example = Examples.RECEIVABLE_ID) String receivableId,

            @Schema(description = "The amount owed on the receivable, in yuan", example = Examples.RECEIVABLE_AMOUNT)
            BigDecimal amount,

            @Schema(example = Examples.DUE_DATE) LocalDate dueDate) {}
}
