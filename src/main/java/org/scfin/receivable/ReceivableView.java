package org.scfin.receivable;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Receivable", description = "A supplier's right to be paid by a core enterprise")
public record ReceivableView(
        @Schema(example = "0KZ4J2D1X3B7V") String id,
        @Schema(example = "0KZ4J2D1X3B7Q") String coreEnterpriseId,
        @Schema(example = "0KZ4J2D1X3B7R") String supplierId,
        @Schema(example = "AP-2025-000123") String erpReference,
        @Schema(example = "[\"04403991\", \"04403992\"]") List<String> invoiceNumbers,
        @Schema(description = "Face value after credit notes, yuan", example = "1250000.00") BigDecimal amount,
        @Schema(description = "Face value as posted, yuan", example = "1250000.00") BigDecimal originalAmount,
        @Schema(example = "CNY") String currency,
        @Schema(example = "2025-07-01") LocalDate issueDate,
        @Schema(example = "2025-12-28") LocalDate dueDate,
        @Schema(example = "CONFIRMED") ReceivableStatus status,
        @Schema(description = "erp or supplier", example = "erp") String submittedBy,
        @Schema(example = "2025-07-01T08:00:00Z") Instant createdAt,
        @Schema(example = "2025-07-01T08:00:00Z") Instant updatedAt,
        @Schema(description = "Only on GET /receivables/{id}: the receivable's life, oldest first")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryEntryView> history) {

    static ReceivableView of(Receivable r) {
        return of(r, null);
    }

    static ReceivableView of(Receivable r, List<HistoryEntryView> history) {
        return new ReceivableView(r.id, r.coreEnterpriseId, r.supplierId, r.erpReference, r.invoiceNumberList(), r.amount,
                r.originalAmount, r.currency, r.issueDate, r.dueDate, r.status, r.submittedBy, r.createdAt, r.updatedAt, history);
    }
}
