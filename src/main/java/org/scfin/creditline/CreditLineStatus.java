package org.scfin.creditline;

/** As stored, LIVE or CANCELLED; a live line past its expiry reads as EXPIRED (see {@link CreditLine#statusOn}). */
public enum CreditLineStatus {
    LIVE,
    EXPIRED,
    CANCELLED
}
