package org.scfin.event;

public enum EventType {
    RECEIVABLES_CONFIRMED,
    FINANCING_APPLIED,
    FINANCING_APPROVED,
    FINANCING_REJECTED,
    FINANCING_CANCELLED,
    FINANCING_DISBURSED,
    /**
     * The assignment notice: the core enterprise must pay these receivables to the bank at maturity, not the supplier.
     */
    RECEIVABLES_ASSIGNED,
    FINANCING_SETTLED,
    FINANCING_PARTIALLY_SETTLED,
    FINANCING_EXTENDED,
    FINANCING_RENEWED,
    FINANCING_RESTRUCTURED,
    /** A notice of assignment, replacement or release was issued to the core enterprise (data: the notice). */
    NOTICE_ISSUED,
    /** The core enterprise acknowledged a notice (data: the notice with its acknowledgement). */
    NOTICE_ACKNOWLEDGED,
    /** A borrower's public credit record got worse (data: CreditAlert); only the lending bank reads it. */
    CREDIT_ALERT
}
