package org.scfin.financing;

/** What happened to a financing, as its history records it. */
public enum FinancingAction {
    APPLIED,
    APPROVED,
    REJECTED,
    CANCELLED,
    DISBURSED,
    PARTIALLY_SETTLED,
    SETTLED,
    /** Credit relief, counted separately as regulators report it. */
    EXTENDED,
    RESTRUCTURED,
    /** Repaid by a renewal (on the old financing) / created as a renewal (on the new one). */
    RENEWED,
    CREATED_BY_RENEWAL
}
