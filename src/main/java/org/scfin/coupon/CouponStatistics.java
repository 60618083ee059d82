package org.scfin.coupon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.common.Money;
import org.scfin.region.RegionSubtree;

/**
 * The coupons' figures for the statistics: of the suppliers of a region and every region under it (by the supplier's
 * region when the coupon was issued), over a period of business dates, both ends included. A coupon counts as issued on
 * its issue date and as used on its approval's date; one given back by a withdrawn approval is not used.
 */
@ApplicationScoped
public class CouponStatistics {

    @Inject
    EntityManager em;

    public CouponFigures figures(String regionCode, LocalDate from, LocalDate to) {
        long issued = em.createQuery(
                        "select count(c) from RateCoupon c where "
                                + RegionSubtree.clause("c.supplierRegionCode", "region")
                                + " and c.issuedOn between :from and :to",
                        Long.class)
                .setParameter("region", regionCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        Object[] used = em.createQuery(
                        "select count(c), coalesce(sum(c.interestSaved), 0) from RateCoupon c where "
                                + RegionSubtree.clause("c.supplierRegionCode", "region")
                                + " and c.status = :used and c.usedOn between :from and :to",
                        Object[].class)
                .setParameter("region", regionCode)
                .setParameter("used", CouponStatus.USED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        // the sum is typed as the column, or as the literal 0 when nothing matched
        return new CouponFigures(
                issued,
                ((Number) used[0]).longValue(),
                Money.of(new BigDecimal(used[1].toString())).amount());
    }
}
