package org.scfin.receivable;

import java.util.List;
import java.util.Locale;

/**
 * The canonical form of an invoice number: trimmed and upper case. Invoices are compared in this form everywhere,
 * so {@code inv-7} and {@code INV-7} are one invoice and cannot back two receivables.
 */
final class Invoices {

    private Invoices() {
    }

    static String canonical(String invoiceNumber) {
        return invoiceNumber.strip().toUpperCase(Locale.ROOT);
    }

    static List<String> canonical(List<String> invoiceNumbers) {
        return invoiceNumbers.stream().map(Invoices::canonical).toList();
    }
}
