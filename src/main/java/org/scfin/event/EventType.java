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
    CREDIT_ALERT,
    /** An authority issued a rate coupon to a supplier (data: RateCoupon); the supplier reads it. */
    COUPON_ISSUED,
    /** A bank approved a financing with a rate coupon (data: RateCoupon); the supplier and that bank read it. */
    COUPON_USED,
    /** The approval that used a coupon was withdrawn, and the coupon is unused again; the supplier and the bank. */
    COUPON_RETURNED,
    /** The authority revoked an unused coupon (data: RateCoupon); the supplier reads it. */
    COUPON_REVOKED
}
