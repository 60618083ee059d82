package org.scfin.financing;

/**
 * APPLIED -> APPROVED -> DISBURSED -> SETTLED; APPLIED -> REJECTED (bank) or CANCELLED (applicant). OVERDUE is never
 * stored: a DISBURSED financing whose maturity has passed with money still due reads as OVERDUE, so the state a caller
 * sees is never stale.
 */
public enum FinancingStatus {
    APPLIED,
    APPROVED,
    REJECTED,
    CANCELLED,
    DISBURSED,
    SETTLED,
    OVERDUE;

    /** Whether the financing still encumbers its receivables. */
    boolean isLive() {
        return this == APPLIED || this == APPROVED || this == DISBURSED || this == OVERDUE;
    }
}
