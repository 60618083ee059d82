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
import org.scfin.security.Caller;
import org.scfin.security.Role;

/** Banks: public institutions, so every caller may read them; admins maintain them. */
@ApplicationScoped
@RetriedOnConflict
public class BankService {

    public static final List<String> SORTABLE = List.of("name", "creditCode", "regionCode", "createdAt");

    @Inject
    PartyRules rules;

    @Transactional
    public BankView create(Caller caller, BankInput input) {
        caller.require(Role.ADMIN);
        Bank entity = new Bank();
        apply(entity, input);
        entity.persistAndFlush();
        return BankView.of(entity);
    }

    @Transactional
    public BankView update(Caller caller, String id, BankInput input) {
        caller.require(Role.ADMIN);
        Bank entity = Bank.<Bank>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("bank", id));
        apply(entity, input);
        Bank.flush();
        return BankView.of(entity);
    }

    public Optional<BankView> find(String id) {
        return Bank.<Bank>findByIdOptional(id).map(BankView::of);
    }

    public BankView get(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("bank", id));
    }

    public PageView<BankView> list(String regionCode, String name, String creditCode, PageRequest page) {
        Where where = rules.filter(regionCode, name, creditCode);
        return page.fetch(Bank.find(where.query(), page.sort(), where.params()), BankView::of);
    }

    private void apply(Bank entity, BankInput input) {
        Violations violations = new Violations();
        rules.apply(entity, input.name(), input.creditCode(), input.regionCode(), input.industry(), violations);
        violations.throwIfAny();
        entity.type = input.type();
    }
}
