/**
 * Rate coupons: a regional authority gives suppliers of its region (the region or any under it) a cut of the annual
 * rate in basis points, for one approval before an expiry, and may revoke one not yet used. A bank applies a coupon
 * when it approves a financing of the coupon's supplier; the rules of that approval live with the other approval rules
 * in {@code org.scfin.financing.CouponPolicy}, which uses a coupon through {@link org.scfin.coupon.CouponRedemptions}.
 * The coupon rows keep what the statistics count per region and period ({@link org.scfin.coupon.CouponFigures}).
 */
package org.scfin.coupon;
