package org.scfin.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.coupon.CouponStatus;
import org.scfin.coupon.RateCoupon;

/**
 * A financing approved with a rate coupon: the coupon is the financing's supplier's, issued, not used, revoked or
 * expired on the day of approval, and its cut leaves a positive rate. The bank's rate is checked against the program's
 * and the line's bounds before the cut; the financing is priced at the rate less the cut. The coupon is used at
 * approval and given back only when the approval is withdrawn before disbursement. Its row is locked after the
 * financing's, the program's and the line's, so every path takes the locks in the same order.
 */
final class CouponPolicy {

    static final String FIELD = "couponId";

    private CouponPolicy() {}

    /**
     * The coupon, locked, once it may be used: 422 for what the request got wrong (another supplier's coupon, or a cut
     * that leaves no rate), 409 for what the coupon's state stands in the way of (used, revoked, expired).
     */
    static RateCoupon requireUsable(RateCoupon coupon, String couponId, BigDecimal annualRate, LocalDate today) {
        if (coupon == null) {
            throw ProblemException.invalid(
                    FIELD, "known-coupon", "no rate coupon " + couponId + " of the financing's supplier");
        }
        if (rateAfter(annualRate, coupon).signum() <= 0) {
            throw ProblemException.invalid(
                    FIELD,
                    "positive-rate-after-coupon",
                    "its cut of " + coupon.cutBp + " basis points leaves no positive rate from " + Rate.of(annualRate));
        }
        CouponStatus status = coupon.statusOn(today);
        if (status != CouponStatus.ISSUED) {
            throw ProblemException.conflict(
                    "rate coupon " + couponId + " is " + status + " (expires " + coupon.expiresOn + ")",
                    new FieldError(
                            FIELD,
                            "unused-coupon",
                            "the coupon is " + status + ": only an issued, unexpired" + " coupon is used"));
        }
        return coupon;
    }

    /** The bank's rate less the coupon's cut, in percent with 4 decimals. */
    static BigDecimal rateAfter(BigDecimal annualRate, RateCoupon coupon) {
        return Rate.of(annualRate).percent().subtract(coupon.cutPercent());
    }

    /** principal x cut x days / year days, half-up to the fen: what the cut saves over the financing's term. */
    static BigDecimal interestSaved(FinancingTerms terms, RateCoupon coupon, DayCount dayCount) {
        return FinancingTerms.interest(terms.principal(), coupon.cutPercent(), terms.days(), dayCount);
    }
}
