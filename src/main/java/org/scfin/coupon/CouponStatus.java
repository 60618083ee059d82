package org.scfin.coupon;

/** As stored, ISSUED, USED or REVOKED; an issued coupon past its expiry reads as EXPIRED (see {@link RateCoupon}). */
public enum CouponStatus {
    ISSUED,
    USED,
    EXPIRED,
    REVOKED
}
