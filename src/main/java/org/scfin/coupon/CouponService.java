package org.scfin.coupon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.enterprise.Supplier;
import org.scfin.event.EventType;
import org.scfin.event.Events;
import org.scfin.region.Region;
import org.scfin.region.RegionAccess;
import org.scfin.region.RegionSubtree;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Issuing, revoking and reading rate coupons. An authority issues to the suppliers of its region and the regions under
 * it, and reads and revokes there; a supplier reads its own; a bank reads those used on its financings, and by id the
 * coupons of a supplier whose application awaits its decision; an admin reads all. Anything else is a 404 as if it did
 * not exist, and a role with no coupons at all gets a 403.
 */
@ApplicationScoped
@RetriedOnConflict
public class CouponService {

    public static final int MAX_SUPPLIERS = 100;
    public static final int MIN_CUT_BP = 1;
    public static final int MAX_CUT_BP = 500;
    public static final int DEFAULT_CUT_BP = 20;

    public static final List<String> SORTABLE = List.of("createdAt", "expiresOn", "cutBp");

    @Inject
    Events events;

    @Inject
    PendingApplications pending;

    public record Filter(
            String supplierId, String regionCode, CouponStatus status, LocalDate issuedFrom, LocalDate issuedTo) {}

    /**
     * One coupon per supplier, all or nothing. A supplier outside the authority's region is refused with the words used
     * for one that does not exist, so an authority cannot probe other regions' suppliers.
     */
    @Transactional
    public IssuedCoupons issue(Caller caller, CouponIssue input) {
        caller.require(Role.AUTHORITY);
        LocalDate today = Times.today();
        Violations violations = new Violations();
        violations.require(input.expiresOn().isAfter(today), "expiresOn", "after-today", "must be after today");
        Map<String, Supplier> suppliers = Supplier.<Supplier>list("id in ?1", input.supplierIds()).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.supplierIds().size(); i++) {
            String id = input.supplierIds().get(i);
            String field = "supplierIds[" + i + "]";
            if (!seen.add(id)) {
                violations.add(field, "distinct", "lists supplier " + id + " twice");
                continue;
            }
            Supplier supplier = suppliers.get(id);
            violations.require(
                    supplier != null && RegionAccess.covers(caller, Region.findById(supplier.regionCode)),
                    field,
                    "supplier-in-region",
                    "no supplier " + id + " in region " + caller.partyId() + " or the regions under it");
        }
        violations.throwIfAny();
        int cut = input.cutBp() == null ? DEFAULT_CUT_BP : input.cutBp();
        List<RateCoupon> issued = new ArrayList<>();
        for (String id : input.supplierIds()) {
            RateCoupon c = new RateCoupon();
            c.authorityRegionCode = caller.partyId();
            c.supplierId = id;
            c.supplierRegionCode = suppliers.get(id).regionCode;
            c.cutBp = cut;
            c.expiresOn = input.expiresOn();
            c.status = CouponStatus.ISSUED;
            c.issuedOn = today;
            c.issuedBy = caller.role().tokenName() + ":" + caller.partyId();
            c.persist();
            issued.add(c);
        }
        RateCoupon.flush();
        List<CouponView> views = issued.stream().map(CouponView::of).toList();
        views.forEach(v -> events.record(
                EventType.COUPON_ISSUED, "RATE_COUPON", v.id(), new Events.Parties(null, v.supplierId(), null), v));
        return new IssuedCoupons(views);
    }

    /**
     * An unused coupon is withdrawn by the authority that issued it or one above it; an authority below the issuer sees
     * the coupon but may not revoke it (403).
     */
    @Transactional
    public CouponView revoke(Caller caller, String id) {
        caller.require(Role.AUTHORITY);
        RateCoupon c = RateCoupon.lock(id)
                .filter(found -> RegionAccess.covers(caller, Region.findById(found.supplierRegionCode)))
                .orElseThrow(() -> ProblemException.notFound("rate coupon", id));
        if (!RegionAccess.covers(caller, Region.findById(c.authorityRegionCode))) {
            throw ProblemException.forbidden("rate coupon " + id + " was issued by the authority of region "
                    + c.authorityRegionCode + ", which alone (or one above it) may revoke it");
        }
        c.revoke(Times.now(), Times.today());
        RateCoupon.flush();
        CouponView view = CouponView.of(c);
        events.record(
                EventType.COUPON_REVOKED, "RATE_COUPON", c.id, new Events.Parties(null, c.supplierId, null), view);
        return view;
    }

    public CouponView get(Caller caller, String id) {
        RateCoupon c = RateCoupon.<RateCoupon>findByIdOptional(id)
                .filter(found -> visible(caller, found))
                .orElseThrow(() -> ProblemException.notFound("rate coupon", id));
        return CouponView.of(c);
    }

    public PageView<CouponView> list(Caller caller, Filter filter, PageRequest page) {
        Where where = visibleTo(
                caller,
                new Where()
                        .and("supplierId = :supplier", "supplier", filter.supplierId())
                        .and(RegionSubtree.clause("supplierRegionCode", "region"), "region", filter.regionCode())
                        .and("issuedOn >= :issuedFrom", "issuedFrom", filter.issuedFrom())
                        .and("issuedOn <= :issuedTo", "issuedTo", filter.issuedTo()));
        where.andStatusExpiring(filter.status(), CouponStatus.ISSUED, CouponStatus.EXPIRED, Times.today());
        return page.fetch(RateCoupon.<RateCoupon>find(where.query(), page.sort(), where.params()), CouponView::of);
    }

    private boolean visible(Caller caller, RateCoupon c) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case AUTHORITY -> RegionAccess.covers(caller, Region.findById(c.supplierRegionCode));
            case SUPPLIER -> c.supplierId.equals(caller.partyId());
            case BANK -> caller.partyId().equals(c.bankId) || pending.awaitsDecision(caller.partyId(), c.supplierId);
            default -> throw noCoupons(caller);
        };
    }

    private static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN -> where;
            case AUTHORITY ->
                where.and(RegionSubtree.clause("supplierRegionCode", "ownRegion"), "ownRegion", caller.partyId());
            case SUPPLIER -> where.and("supplierId = :ownSupplier", "ownSupplier", caller.partyId());
            case BANK -> where.and("bankId = :ownBank", "ownBank", caller.partyId());
            default -> throw noCoupons(caller);
        };
    }

    private static ProblemException noCoupons(Caller caller) {
        return ProblemException.forbidden("role " + caller.role().tokenName() + " has no rate coupons");
    }
}
