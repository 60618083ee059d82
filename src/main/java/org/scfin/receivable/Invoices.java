package org.scfin.receivable;

import java.util.List;
import java.util.Locale;

/**
 * The rule for document numbers the debtor's ERP writes, invoice numbers and credit-note numbers alike: 1 to 64
 * letters, digits or {@code . _ / -}, starting with a letter or digit, compared in their canonical form (trimmed, upper
 * case) and stored in it. So {@code inv-7} and {@code INV-7} are one invoice and cannot back two receivables, and
 * {@code cn-1} and {@code CN-1} are one credit note and reduce a receivable once.
 */
public final class Invoices {

    /** The format of an invoice or credit-note number, for {@code @Pattern}. */
    public static final String NUMBER_PATTERN = "[0-9A-Za-z][0-9A-Za-z._/-]{0,63}";

    public static final String NUMBER_MESSAGE =
            "must be 1 to 64 letters, digits or . _ / - starting with a letter or digit";

    private Invoices() {}

    public static String canonical(String invoiceNumber) {
        return invoiceNumber.strip().toUpperCase(Locale.ROOT);
    }

    public static List<String> canonical(List<String> invoiceNumbers) {
        return invoiceNumbers.stream().map(Invoices::canonical).toList();
    }
}
