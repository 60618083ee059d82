package org.scfin.receivable;

/** What happened to a receivable, as its history records it. */
public enum ReceivableAction {
    /** Posted by the debtor's ERP: confirmed from the start. */
    POSTED,
    /** Submitted by the supplier for confirmation. */
    SUBMITTED,
    CONFIRMED,
    REJECTED,
    /** Reduced by a credit note. */
    ADJUSTED,
    CANCELLED
}
