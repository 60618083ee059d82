package org.scfin.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Texts;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.region.RegionService;
import org.scfin.region.RegionSubtree;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/** Industrial chains; membership is each core enterprise's {@code industrialChainId}. Public to every caller. */
@ApplicationScoped
@RetriedOnConflict
public class IndustrialChainService {

    public static final List<String> SORTABLE = List.of("name", "regionCode", "createdAt");

    @Inject
    RegionService regions;

    @Transactional
    public IndustrialChainView create(Caller caller, IndustrialChainInput input) {
        caller.require(Role.ADMIN);
        IndustrialChain chain = new IndustrialChain();
        apply(chain, input);
        chain.persistAndFlush();
        return view(chain);
    }

    @Transactional
    public IndustrialChainView update(Caller caller, String id, IndustrialChainInput input) {
        caller.require(Role.ADMIN);
        IndustrialChain chain = IndustrialChain.<IndustrialChain>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("industrial chain", id));
        apply(chain, input);
        IndustrialChain.flush();
        return view(chain);
    }

    public IndustrialChainView get(String id) {
        return IndustrialChain.<IndustrialChain>findByIdOptional(id)
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("industrial chain", id));
    }

    public PageView<IndustrialChainView> list(String regionCode, String name, PageRequest page) {
        Where where = new Where()
                .and(RegionSubtree.clause("regionCode", "region"), "region", regionCode)
                .and("name like :name", "name", Texts.isBlank(name) ? null : Texts.containsPattern(name));
        return page.fetch(IndustrialChain.find(where.query(), page.sort(), where.params()), this::view);
    }

    private IndustrialChainView view(IndustrialChain chain) {
        List<CoreEnterprise> members = CoreEnterprise.list("industrialChainId = ?1 order by id", chain.id);
        return new IndustrialChainView(
                chain.id,
                chain.name,
                chain.regionCode,
                chain.leaderBankId,
                chain.deputyLeaderBankId,
                members.stream().map(m -> m.id).toList(),
                members.stream().filter(m -> m.chainLeader).map(m -> m.id).toList());
    }

    private void apply(IndustrialChain chain, IndustrialChainInput input) {
        Violations violations = new Violations();
        violations.require(
                regions.isKnown(input.regionCode()),
                "regionCode",
                "known-region",
                "must be a GB/T 2260 region code that exists");
        violations.require(
                input.leaderBankId() == null || Bank.findById(input.leaderBankId()) != null,
                "leaderBankId",
                "known-bank",
                "must be the id of an existing bank");
        violations.require(
                input.deputyLeaderBankId() == null || Bank.findById(input.deputyLeaderBankId()) != null,
                "deputyLeaderBankId",
                "known-bank",
                "must be the id of an existing bank");
        violations.require(
                input.leaderBankId() == null || !input.leaderBankId().equals(input.deputyLeaderBankId()),
                "deputyLeaderBankId",
                "distinct",
                "must differ from the leader bank");
        violations.throwIfAny();
        chain.name = input.name().strip();
        chain.regionCode = input.regionCode();
        chain.leaderBankId = input.leaderBankId();
        chain.deputyLeaderBankId = input.deputyLeaderBankId();
    }
}
