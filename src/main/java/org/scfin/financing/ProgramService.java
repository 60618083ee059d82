package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.scfin.common.Money;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.enterprise.Bank;
import org.scfin.enterprise.CoreEnterprise;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Programs. A bank sees and manages only its own; the core enterprise's ERP reads those on its payables; a supplier
 * reads those of the core enterprises it sells to (to know where it may apply).
 */
@ApplicationScoped
@RetriedOnConflict
public class ProgramService {

    public static final List<String> SORTABLE = List.of("createdAt", "validTo", "creditLimit");

    @Inject
    FinancingNotices notices;

    @Transactional
    public ProgramView create(Caller caller, ProgramInput input) {
        caller.require(Role.ADMIN, Role.BANK);
        Violations violations = new Violations();
        String bankId = caller.is(Role.BANK) ? caller.partyId() : input.bankId();
        if (caller.is(Role.BANK)) {
            violations.require(
                    input.bankId() == null || input.bankId().equals(caller.partyId()),
                    "bankId",
                    "own-bank",
                    "must be the caller's own bank, or omitted");
        } else {
            violations.require(input.bankId() != null, "bankId", "required", "must name the bank");
            violations.require(
                    input.bankId() == null || Bank.findById(input.bankId()) != null,
                    "bankId",
                    "known-bank",
                    "must be the id of an existing bank");
        }
        violations.require(
                CoreEnterprise.findById(input.coreEnterpriseId()) != null,
                "coreEnterpriseId",
                "known-core-enterprise",
                "must be the id of an existing core enterprise");
        requireConsistent(input.rateFloor(), input.rateCap(), input.validFrom(), input.validTo(), violations);
        violations.throwIfAny();
        FinancingProgram program = new FinancingProgram();
        program.bankId = bankId;
        program.coreEnterpriseId = input.coreEnterpriseId();
        program.creditLimit = Money.of(input.creditLimit()).amount();
        program.reservedPrincipal = Money.ZERO.amount();
        program.maxAdvanceRatio = FinancingTerms.ratio(input.maxAdvanceRatio());
        program.rateFloor = Rate.of(input.rateFloor()).percent();
        program.rateCap = Rate.of(input.rateCap()).percent();
        program.dayCount = input.dayCount() == null ? DayCount.ACT_360 : input.dayCount();
        program.interestMode = input.interestMode();
        program.validFrom = input.validFrom();
        program.validTo = input.validTo();
        program.status = ProgramStatus.ACTIVE;
        program.setCollectionAccount(input.collectionAccount());
        program.registrationRequired = Boolean.TRUE.equals(input.registrationRequired());
        program.persistAndFlush();
        return ProgramView.of(program);
    }

    /**
     * Changes limit, rate bounds, validity, status or collection account under the program's row lock, so a change
     * never races an approval. A limit below what is reserved is allowed: it only stops further approvals. A new
     * collection account is announced to the core enterprise by a replacement notice for each financing assigned to the
     * bank.
     */
    @Transactional
    public ProgramView change(Caller caller, String id, ProgramChanges changes) {
        caller.require(Role.ADMIN, Role.BANK);
        FinancingProgram program = lockVisible(caller, id);
        BigDecimal floor = changes.rateFloor() == null ? program.rateFloor : changes.rateFloor();
        BigDecimal cap = changes.rateCap() == null ? program.rateCap : changes.rateCap();
        var from = changes.validFrom() == null ? program.validFrom : changes.validFrom();
        var to = changes.validTo() == null ? program.validTo : changes.validTo();
        Violations violations = new Violations();
        requireConsistent(floor, cap, from, to, violations);
        violations.throwIfAny();
        if (program.status == ProgramStatus.CLOSED
                && changes.status() != null
                && changes.status() != ProgramStatus.CLOSED) {
            throw ProblemException.conflict("a closed program cannot be reopened; create a new one");
        }
        if (changes.creditLimit() != null) {
            program.creditLimit = Money.of(changes.creditLimit()).amount();
        }
        program.rateFloor = Rate.of(floor).percent();
        program.rateCap = Rate.of(cap).percent();
        program.validFrom = from;
        program.validTo = to;
        if (changes.status() != null) {
            program.status = changes.status();
        }
        if (changes.registrationRequired() != null) {
            program.registrationRequired = changes.registrationRequired();
        }
        if (changes.collectionAccount() != null && !changes.collectionAccount().equals(program.collectionAccount())) {
            program.setCollectionAccount(changes.collectionAccount());
            notices.accountChanged(program);
        }
        FinancingProgram.flush();
        return ProgramView.of(program);
    }

    public ProgramView get(Caller caller, String id) {
        return viewFor(caller, findVisible(caller, id));
    }

    private static ProgramView viewFor(Caller caller, FinancingProgram program) {
        return caller.is(Role.SUPPLIER) ? ProgramView.forSupplier(program) : ProgramView.of(program);
    }

    public PageView<ProgramView> list(
            Caller caller, String bankId, String coreEnterpriseId, ProgramStatus status, PageRequest page) {
        Where where = visibleTo(
                caller,
                new Where()
                        .and("bankId = :bank", "bank", bankId)
                        .and("coreEnterpriseId = :core", "core", coreEnterpriseId)
                        .and("status = :status", "status", status));
        return page.fetch(
                FinancingProgram.<FinancingProgram>find(where.query(), page.sort(), where.params()),
                p -> viewFor(caller, p));
    }

    FinancingProgram findVisible(Caller caller, String id) {
        return visible(caller, id, LockModeType.NONE);
    }

    /** The program row, locked until the transaction ends: approvals and changes of one program queue up here. */
    FinancingProgram lockVisible(Caller caller, String id) {
        // one statement that checks visibility and locks; it must be the transaction's first read of the row
        return visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static FinancingProgram visible(Caller caller, String id, LockModeType lock) {
        Where where = visibleTo(caller, new Where().and("id = :id", "id", id));
        return FinancingProgram.<FinancingProgram>find(where.query(), where.params())
                .withLock(lock)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("program", id));
    }

    static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN -> where;
            case BANK -> where.and("bankId = :ownBank", "ownBank", caller.partyId());
            case ERP -> where.and("coreEnterpriseId = :ownCore", "ownCore", caller.partyId());
            case SUPPLIER ->
                where.and(
                        "coreEnterpriseId in (select s.key.coreEnterpriseId from SupplyRelationship s"
                                + " where s.key.supplierId = :ownSupplier)",
                        "ownSupplier",
                        caller.partyId());
            default ->
                throw ProblemException.forbidden("role " + caller.role().tokenName() + " has no access to programs");
        };
    }

    private static void requireConsistent(
            BigDecimal floor, BigDecimal cap, LocalDate from, LocalDate to, Violations violations) {
        violations.require(
                floor == null || cap == null || floor.compareTo(cap) <= 0,
                "rateCap",
                "not-below-floor",
                "must not be below rateFloor");
        violations.require(
                from == null || to == null || !to.isBefore(from),
                "validTo",
                "not-before-validFrom",
                "must not be before validFrom");
    }
}
