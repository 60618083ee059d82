package org.scfin.receivable;

/** Where a receivable stands. Only {@code CONFIRMED} receivables can be financed. */
public enum ReceivableStatus {
    /** Submitted by the supplier; waits for its core enterprise (the debtor) to confirm. */
    PENDING_CONFIRMATION,
    /** Confirmed by the debtor, or posted by the debtor's own ERP. */
    CONFIRMED,
    /** The debtor refused to confirm it. Its invoice numbers are free again. */
    REJECTED,
    /** Withdrawn before financing. Its invoice numbers are free again. */
    CANCELLED;

    boolean isLive() {
        return this == PENDING_CONFIRMATION || this == CONFIRMED;
    }
}
