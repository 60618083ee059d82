package org.scfin.coupon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.scfin.common.Times;
import org.scfin.event.EventType;
import org.scfin.event.Events;

/**
 * What an approval does with a coupon, in the approval's transaction: finds it locked, uses it, and gives it back when
 * the approval is withdrawn before disbursement. Whether a coupon may be used is the approval's rule
 * ({@code org.scfin.financing.CouponPolicy}); this records the use and tells the supplier and the bank.
 */
@ApplicationScoped
public class CouponRedemptions {

    @Inject
    Events events;

    /** The supplier's coupon, its row locked until the transaction ends; empty for another supplier's or none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RateCoupon> lockOfSupplier(String id, String supplierId) {
        return RateCoupon.lock(id).filter(c -> c.supplierId.equals(supplierId));
    }

    /** The coupon, locked by {@link #lockOfSupplier} and found usable, now used by the financing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void use(RateCoupon c, String financingId, String bankId, BigDecimal interestSaved, LocalDate on) {
        c.use(financingId, bankId, interestSaved, on, Times.now());
        RateCoupon.flush();
        announce(EventType.COUPON_USED, c, bankId);
    }

    /**
     * The approval that used the coupon was withdrawn before disbursement: the coupon is unused again (and reads as
     * expired if its expiry has passed meanwhile).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveBack(String couponId, String financingId) {
        RateCoupon c = RateCoupon.lock(couponId).orElseThrow();
        if (c.status != CouponStatus.USED || !financingId.equals(c.financingId)) {
            throw new IllegalStateException("rate coupon " + couponId + " is not used by financing " + financingId);
        }
        String bankId = c.bankId;
        c.giveBack();
        RateCoupon.flush();
        announce(EventType.COUPON_RETURNED, c, bankId);
    }

    private void announce(EventType type, RateCoupon c, String bankId) {
        events.record(type, "RATE_COUPON", c.id, new Events.Parties(null, c.supplierId, bankId), CouponView.of(c));
    }
}
