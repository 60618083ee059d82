package org.scfin.receivable;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(
        name = "Receivable",
        description = "A supplier's right to be paid by a core enterprise",
        requiredProperties = {
            "id",
            "coreEnterpriseId",
            "supplierId",
            "amount",
            "originalAmount",
            "currency",
            "dueDate",
            "status",
            "createdAt"
        })
public record ReceivableView(
        @Schema(example = Examples.RECEIVABLE_ID) String id,
        @Schema(example = Examples.CORE_ENTERPRISE_ID) String coreEnterpriseId,
        @Schema(example = Examples.SUPPLIER_ID) String supplierId,
        @Schema(example = Examples.ERP_REFERENCE) String erpReference,
        @Schema(example = Examples.INVOICE_NUMBERS) List<String> invoiceNumbers,

        @Schema(description = "Face value after credit notes, yuan", example = Examples.RECEIVABLE_AMOUNT)
        BigDecimal amount,

        @Schema(description = "Face value as posted, yuan", example = Examples.RECEIVABLE_AMOUNT)
        BigDecimal originalAmount,

        @Schema(example = Examples.CURRENCY) String currency,
        @Schema(example = Examples.ISSUE_DATE) LocalDate issueDate,
        @Schema(example = Examples.DUE_DATE) LocalDate dueDate,
        @Schema(example = Examples.RECEIVABLE_STATUS) ReceivableStatus status,

        @Schema(description = "erp or supplier", example = "erp")
        String submittedBy,

        @Schema(example = Examples.POSTED_AT) Instant createdAt,
        @Schema(example = Examples.POSTED_AT) Instant updatedAt,

        @Schema(description = "Only on GET /receivables/{id}: the receivable's life, oldest first")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<HistoryEntryView> history) {

    static ReceivableView of(Receivable r) {
        return of(r, null);
    }

    static ReceivableView of(Receivable r, List<HistoryEntryView> history) {
        return new ReceivableView(
                r.id,
                r.coreEnterpriseId,
                r.supplierId,
                r.erpReference,
                r.invoiceNumberList(),
                r.amount,
                r.originalAmount,
                r.currency,
                r.issueDate,
                r.dueDate,
                r.status,
                r.submittedBy,
                r.createdAt,
                r.updatedAt,
                history);
    }
}
