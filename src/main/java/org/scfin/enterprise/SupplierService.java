package org.scfin.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.region.RegionSubtree;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Suppliers. Who sells to whom is commercially sensitive: an ERP sees the suppliers of its core enterprise, a supplier
 * only itself, a bank the suppliers of core enterprises it has a program with, admins all; dashboards have no access to
 * the supplier register.
 */
@ApplicationScoped
@RetriedOnConflict
public class SupplierService {

    public static final List<String> SORTABLE = List.of("name", "creditCode", "regionCode", "createdAt");

    @Inject
    PartyRules rules;

    @Transactional
    public SupplierView create(Caller caller, SupplierInput input) {
        caller.require(Role.ADMIN);
        Supplier entity = new Supplier();
        apply(entity, input);
        entity.persistAndFlush();
        return SupplierView.of(entity);
    }

    @Transactional
    public SupplierView update(Caller caller, String id, SupplierInput input) {
        caller.require(Role.ADMIN);
        Supplier entity =
                Supplier.<Supplier>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("supplier", id));
        apply(entity, input);
        Supplier.flush();
        return SupplierView.of(entity);
    }

    public Optional<SupplierView> find(Caller caller, String id) {
        Where where = visibleTo(caller, new Where().and("id = :id", "id", id));
        return Supplier.<Supplier>find(where.query(), where.params())
                .firstResultOptional()
                .map(SupplierView::of);
    }

    public SupplierView get(Caller caller, String id) {
        return find(caller, id).orElseThrow(() -> ProblemException.notFound("supplier", id));
    }

    public PageView<SupplierView> list(
            Caller caller, String regionCode, String name, String creditCode, PageRequest page) {
        Where where = visibleTo(caller, rules.filter(regionCode, name, creditCode));
        return page.fetch(Supplier.find(where.query(), page.sort(), where.params()), SupplierView::of);
    }

    /** The suppliers of one core enterprise, as its ERP or an admin sees them. */
    public PageView<SupplierView> listOf(String coreEnterpriseId, PageRequest page) {
        Where where = new Where()
                .and(
                        "id in (select s.key.supplierId from SupplyRelationship s where s.key.coreEnterpriseId = :core)",
                        "core",
                        coreEnterpriseId);
        return page.fetch(Supplier.find(where.query(), page.sort(), where.params()), SupplierView::of);
    }

    static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN -> where;
            case ERP ->
                where.and(
                        "id in (select s.key.supplierId from SupplyRelationship s where s.key.coreEnterpriseId = :own)",
                        "own",
                        caller.partyId());
            case SUPPLIER -> where.and("id = :own", "own", caller.partyId());
            // a bank knows its borrowers: the suppliers of core enterprises it has a program with
            case BANK ->
                where.and(
                        "id in (select s.key.supplierId from SupplyRelationship s where s.key.coreEnterpriseId in"
                                + " (select p.coreEnterpriseId from FinancingProgram p where p.bankId = :own))",
                        "own",
                        caller.partyId());
            // an authority finds the suppliers it may give rate coupons to: those of its region and under it
            case AUTHORITY -> where.and(RegionSubtree.clause("regionCode", "ownRegion"), "ownRegion", caller.partyId());
            default ->
                throw ProblemException.forbidden(
                        "role " + caller.role().tokenName() + " has no access to the supplier register");
        };
    }

    private void apply(Supplier entity, SupplierInput input) {
        Violations violations = new Violations();
        rules.apply(entity, input.name(), input.creditCode(), input.regionCode(), input.industry(), violations);
        violations.throwIfAny();
        entity.sizeClass = input.sizeClass();
        entity.creditWhite = input.creditWhite();
    }
}
