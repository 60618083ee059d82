package org.scfin.demo;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.scfin.common.PageRequest;
import org.scfin.common.Times;
import org.scfin.coupon.CouponIssue;
import org.scfin.coupon.CouponService;
import org.scfin.security.Caller;

/**
 * The city's rate coupons: Jinchang's authority gives each supplier that borrows within a line one coupon of the
 * default 20 basis points, valid to the end of next year, as the platforms hand out "digital credit coupons". The
 * history import carries no coupons, so they are issued at the load and stay unused until a bank applies one.
 */
@ApplicationScoped
class JinchangCoupons {

    private static final PageRequest ONE = new PageRequest(0, 1, Sort.by("id"));

    static final Caller AUTHORITY = Caller.authority(Jinchang.CITY);

    @Inject
    CouponService coupons;

    /** Issues them once: a second load finds the authority's coupons and adds none. */
    void issue(Set<String> lineBorrowers) {
        boolean issued = !coupons.list(AUTHORITY, new CouponService.Filter(null, null, null, null, null), ONE)
                .items()
                .isEmpty();
        if (issued || lineBorrowers.isEmpty()) {
            return;
        }
        List<String> ids = lineBorrowers.stream().sorted().toList();
        coupons.issue(
                AUTHORITY,
                new CouponIssue(
                        ids,
                        CouponService.DEFAULT_CUT_BP,
                        LocalDate.of(Times.today().getYear() + 1, 12, 31)));
    }
}
