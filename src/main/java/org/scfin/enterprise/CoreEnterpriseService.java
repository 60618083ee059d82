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
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Core enterprises. Admins maintain them; an ERP sees its own, a supplier those it sells to, banks and dashboards all
 * (they are public registry facts).
 */
@ApplicationScoped
@RetriedOnConflict
public class CoreEnterpriseService {

    public static final List<String> SORTABLE = List.of("name", "creditCode", "regionCode", "createdAt");

    @Inject
    PartyRules rules;

    @Transactional
    public CoreEnterpriseView create(Caller caller, CoreEnterpriseInput input) {
        caller.require(Role.ADMIN);
        CoreEnterprise entity = new CoreEnterprise();
        apply(entity, input);
        entity.persistAndFlush();
        return CoreEnterpriseView.of(entity);
    }

    @Transactional
    public CoreEnterpriseView update(Caller caller, String id, CoreEnterpriseInput input) {
        caller.require(Role.ADMIN);
        CoreEnterprise entity = CoreEnterprise.<CoreEnterprise>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("core enterprise", id));
        apply(entity, input);
        CoreEnterprise.flush();
        return CoreEnterpriseView.of(entity);
    }

    public Optional<CoreEnterpriseView> find(Caller caller, String id) {
        Where where = visibleTo(caller, new Where().and("id = :id", "id", id));
        return CoreEnterprise.<CoreEnterprise>find(where.query(), where.params())
                .firstResultOptional()
                .map(CoreEnterpriseView::of);
    }

    public CoreEnterpriseView get(Caller caller, String id) {
        return find(caller, id).orElseThrow(() -> ProblemException.notFound("core enterprise", id));
    }

    public PageView<CoreEnterpriseView> list(
            Caller caller, String regionCode, String name, String creditCode, PageRequest page) {
        Where where = visibleTo(caller, rules.filter(regionCode, name, creditCode));
        return page.fetch(CoreEnterprise.find(where.query(), page.sort(), where.params()), CoreEnterpriseView::of);
    }

    private static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ERP -> where.and("id = :own", "own", caller.partyId());
            case SUPPLIER ->
                where.and(
                        "id in (select s.key.coreEnterpriseId from SupplyRelationship s where s.key.supplierId = :own)",
                        "own",
                        caller.partyId());
            default -> where;
        };
    }

    private void apply(CoreEnterprise entity, CoreEnterpriseInput input) {
        Violations violations = new Violations();
        rules.apply(entity, input.name(), input.creditCode(), input.regionCode(), input.industry(), violations);
        boolean chainLeader = Boolean.TRUE.equals(input.chainLeader());
        boolean connected = Boolean.TRUE.equals(input.connected());
        violations.require(
                input.industrialChainId() == null || IndustrialChain.findById(input.industrialChainId()) != null,
                "industrialChainId",
                "known-chain",
                "must be the id of an existing industrial chain");
        violations.require(
                !chainLeader || input.industrialChainId() != null,
                "chainLeader",
                "requires-chain",
                "a chain leader must belong to an industrial chain");
        violations.require(
                !connected || input.connectedOn() != null,
                "connectedOn",
                "required-when-connected",
                "must be given when connected is true");
        violations.require(
                connected || input.connectedOn() == null,
                "connectedOn",
                "only-when-connected",
                "must be absent when connected is false");
        // connected says it is connected now: a day still to come would count it in coverage before it is
        violations.require(
                input.connectedOn() == null || !input.connectedOn().isAfter(Times.today()),
                "connectedOn",
                "not-in-future",
                "must not be after today");
        violations.throwIfAny();
        entity.industrialChainId = input.industrialChainId();
        entity.chainLeader = chainLeader;
        entity.connected = connected;
        entity.connectedOn = input.connectedOn();
    }
}
