package org.scfin.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

/** A receivable as a notice names it: enough for the core enterprise's ERP to find it in its own books. */
@Schema(
        name = "NoticeReceivable",
        description = "A receivable a notice is about, as it stood when the notice was issued")
public record NoticeReceivable(
        @Schema(example = Examples.RECEIVABLE_ID) String receivableId,

        @Schema(description = "The core enterprise's own reference", example = Examples.ERP_REFERENCE)
        String erpReference,

        @Schema(example = Examples.INVOICE_NUMBERS) List<String> invoiceNumbers,

        @Schema(description = "What the core enterprise owes on it, in yuan", example = Examples.RECEIVABLE_AMOUNT)
        BigDecimal amount,

        @Schema(example = Examples.DUE_DATE) LocalDate dueDate) {}
