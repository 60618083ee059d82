package org.scfin.coupon;

import java.math.BigDecimal;

/**
 * Rate coupons of the suppliers of a region and the regions under it, over a period: how many were issued (by issue
 * date), how many were used by approvals (by approval date), and the interest those used saved, yuan with 2 decimals.
 */
public record CouponFigures(long issued, long used, BigDecimal interestSaved) {}
