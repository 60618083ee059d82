package org.scfin.financing;

/** What happened to a financing, as its history records it. */
public enum FinancingAction {
    APPLIED, APPROVED, REJECTED, CANCELLED, DISBURSED, PARTIALLY_SETTLED, SETTLED
}
