package org.scfin.credit;

/** Where a consent stands on a day; only a LIVE one lets its bank read non-public facts. */
public enum ConsentStatus {
    /** validFrom is still ahead. */
    PENDING,
    LIVE,
    /** validUntil has passed. */
    EXPIRED,
    /** The supplier withdrew it. */
    REVOKED
}
