package org.scfin.iso20022;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What this service takes from a tsin.001 message once its group header has been checked against its invoices. */
record ReceivedRequest(
        String messageId,
        Instant createdAt,
        String supplierId,
        String bankId,
        String programId,
        BigDecimal totalAmount,
        List<Invoice> invoices) {

    /** One InvcReqInf; {@code position} counts from 1, as the element paths do. */
    record Invoice(
            int position,
            String invoiceNumber,
            LocalDate issueDate,
            LocalDate dueDate,
            BigDecimal invoiceAmount,
            BigDecimal requestedAmount,
            String buyerId) {}
}
