package org.scfin.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeSet;
import org.scfin.common.Money;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.enterprise.Supplier;
import org.scfin.region.Region;
import org.scfin.region.RegionAccess;
import org.scfin.region.RegionSubtree;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * The pool. A bank publishes, changes and withdraws its own products (another bank's are a 404 to it); suppliers, banks
 * and admins search the published ones; admins and dashboards read the pool's figures per region.
 */
@ApplicationScoped
@RetriedOnConflict
public class ProductService {

    /** The first is the default order: the cheapest first. */
    public static final List<String> SORTABLE = List.of("rateMin", "maxAmount", "maxTermDays", "createdAt");

    @Transactional
    public ProductView create(Caller caller, ProductInput input) {
        caller.require(Role.BANK);
        CreditProduct product = new CreditProduct();
        product.bankId = caller.partyId();
        product.status = ProductStatus.PUBLISHED;
        apply(product, input);
        product.persistAndFlush();
        return ProductView.of(product);
    }

    /** Replaces the product's terms; lines already granted under it keep being checked against the new ones. */
    @Transactional
    public ProductView update(Caller caller, String id, ProductInput input) {
        caller.require(Role.BANK);
        CreditProduct product = lockOwn(caller, id);
        if (!product.isPublished()) {
            throw ProblemException.conflict("product " + id + " is withdrawn; publish a new one instead");
        }
        apply(product, input);
        CreditProduct.flush();
        return ProductView.of(product);
    }

    /** Out of the pool and no new lines under it; lines already granted keep their terms until they expire. */
    @Transactional
    public ProductView withdraw(Caller caller, String id) {
        caller.require(Role.BANK);
        CreditProduct product = lockOwn(caller, id);
        product.withdraw(Times.now());
        CreditProduct.flush();
        return ProductView.of(product);
    }

    public ProductView get(Caller caller, String id) {
        caller.require(Role.ADMIN, Role.BANK, Role.SUPPLIER);
        CreditProduct product = CreditProduct.findById(id);
        boolean visible = product != null
                && (product.isPublished() || caller.isAdmin() || caller.actsFor(Role.BANK, product.bankId));
        if (!visible) {
            throw ProblemException.notFound("product", id);
        }
        return ProductView.of(product);
    }

    public PageView<ProductView> search(Caller caller, ProductSearch search, PageRequest page) {
        caller.require(Role.ADMIN, Role.BANK, Role.SUPPLIER);
        String regionCode = search.regionCode();
        if (regionCode == null && caller.is(Role.SUPPLIER)) {
            regionCode = Supplier.<Supplier>findById(caller.partyId()).regionCode;
        }
        List<String> reaching = regionCode == null ? null : ServedRegions.reaching(knownRegion(regionCode));
        Where where = new Where()
                .and("status = :published", "published", ProductStatus.PUBLISHED)
                .and("kind = :kind", "kind", search.kind())
                .and("bankId = :bank", "bank", search.bankId())
                .and("maxAmount >= :amount", "amount", search.amount())
                .and("maxTermDays >= :term", "term", search.termDays())
                .and("rateMin <= :maxRate", "maxRate", search.maxRate())
                .and("fullyOnline = :online", "online", search.fullyOnline())
                .and(
                        "(minTaxGrade is null or minTaxGrade in :gradesMet)",
                        "gradesMet",
                        search.taxGrade() == null ? null : search.taxGrade().minimumsMet())
                .and(
                        "id in (select p.id from CreditProduct p join p.regionCodes served where served in :reaching)",
                        "reaching",
                        reaching);
        return page.fetch(
                CreditProduct.<CreditProduct>find(where.query(), page.sort(), where.params()), ProductView::of);
    }

    /**
     * The published products serving a region or any part of it: served at the region, above it, or under it. One
     * aggregate over the pool's region index.
     */
    public PoolFigures figures(Caller caller, String code) {
        Region region = RegionAccess.readable(caller, code);
        Object[] row = (Object[]) CreditProduct.getEntityManager()
                .createQuery("select count(p), sum(case when p.kind = :pure then 1 else 0 end),"
                        + " sum(case when p.fullyOnline = true then 1 else 0 end), avg((p.rateMin + p.rateMax) / 2)"
                        + " from CreditProduct p where p.status = :published and p.id in (select q.id from CreditProduct q"
                        + " join q.regionCodes served where served in :reaching or "
                        + RegionSubtree.clause("served", "region") + ")")
                .setParameter("pure", ProductKind.PURE_CREDIT)
                .setParameter("published", ProductStatus.PUBLISHED)
                .setParameter("reaching", ServedRegions.reaching(region))
                .setParameter("region", region.code)
                .getSingleResult();
        long products = ((Number) row[0]).longValue();
        long pureCredit = row[1] == null ? 0 : ((Number) row[1]).longValue();
        long online = row[2] == null ? 0 : ((Number) row[2]).longValue();
        BigDecimal share = products == 0
                ? null
                : BigDecimal.valueOf(pureCredit * 100).divide(BigDecimal.valueOf(products), 2, RoundingMode.HALF_UP);
        BigDecimal averageRate =
                row[3] == null ? null : new BigDecimal(row[3].toString()).setScale(Rate.SCALE, RoundingMode.HALF_UP);
        return new PoolFigures(region.code, region.name, products, pureCredit, share, online, averageRate);
    }

    /**
     * The caller's own product, locked against a concurrent change; another bank's is a 404, as if it did not exist.
     */
    private static CreditProduct lockOwn(Caller caller, String id) {
        return CreditProduct.<CreditProduct>find("id = ?1 and bankId = ?2", id, caller.partyId())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("product", id));
    }

    private static Region knownRegion(String code) {
        Region region = Region.findById(code);
        if (region == null) {
            throw ProblemException.invalidParameter("regionCode", "known-region", "no region " + code);
        }
        return region;
    }

    private static void apply(CreditProduct product, ProductInput input) {
        Violations violations = new Violations();
        violations.require(
                input.rateMax().compareTo(input.rateMin()) >= 0,
                "rateMax",
                "not-below-rateMin",
                "must not be below rateMin");
        for (int i = 0; i < input.regionCodes().size(); i++) {
            String code = input.regionCodes().get(i);
            violations.require(
                    Region.findById(code) != null, "regionCodes[" + i + "]", "known-region", "no region " + code);
        }
        violations.throwIfAny();
        product.name = input.name().strip();
        product.kind = input.kind();
        product.rateMin = Rate.of(input.rateMin()).percent();
        product.rateMax = Rate.of(input.rateMax()).percent();
        product.maxAmount = Money.of(input.maxAmount()).amount();
        product.maxTermDays = input.maxTermDays();
        product.minTaxGrade = input.minTaxGrade();
        product.fullyOnline = input.fullyOnline();
        product.regionCodes.clear();
        product.regionCodes.addAll(new TreeSet<>(input.regionCodes()));
    }
}
