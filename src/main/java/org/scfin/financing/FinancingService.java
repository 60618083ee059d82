package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scfin.common.FieldError;
import org.scfin.common.Money;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.common.Rate;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.enterprise.Supplier;
import org.scfin.event.EventType;
import org.scfin.rate.ReferenceRateService;
import org.scfin.rate.RateRecordKind;
import org.scfin.rate.Spreads;
import org.scfin.receivable.Receivable;
import org.scfin.receivable.ReceivableStatus;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * The financing lifecycle. Every state change locks the financing's row and checks the transition, so an illegal one
 * is a 409 that changes nothing and concurrent changes queue up instead of losing updates. Applying locks the
 * receivables (in id order, so two applications never deadlock) and claims them under a unique key; approving locks
 * the program, so approvals racing for the same limit are decided one at a time.
 */
@ApplicationScoped
public class FinancingService {

    @Inject
    FinancingStatistics statistics;

    static final int MAX_RECEIVABLES = 50;

    @Inject
    ProgramService programs;

    @Inject
    ReferenceRateService rates;

    @Inject
    FinancingEvents events;

    @Transactional
    public FinancingView apply(Caller caller, ApplicationInput input) {
        caller.require(Role.SUPPLIER, Role.BANK);
        FinancingProgram program = programs.findVisible(caller, input.programId());
        LocalDate today = Times.today();
        program.requireOpenOn(today, "applications");
        Violations violations = new Violations();
        String supplierId = applicantSupplier(caller, input, violations);
        Set<String> distinct = new HashSet<>(input.receivableIds());
        violations.require(distinct.size() == input.receivableIds().size(), "receivableIds", "distinct", "lists a receivable twice");
        violations.throwIfAny();

        Map<String, Receivable> receivables = lockReceivables(input.receivableIds());
        List<Receivable> ordered = new ArrayList<>();
        for (int i = 0; i < input.receivableIds().size(); i++) {
            String id = input.receivableIds().get(i);
            Receivable r = receivables.get(id);
            String field = "receivableIds[" + i + "]";
            if (r == null || !r.supplierId.equals(supplierId)) {
                violations.add(field, "known-receivable", "no receivable " + id + " of this supplier");
                continue;
            }
            violations.require(r.coreEnterpriseId.equals(program.coreEnterpriseId), field, "owed-by-program-core-enterprise",
                    "is not owed by the program's core enterprise");
            violations.require(r.dueDate.isAfter(today), field, "due-in-future", "is due " + r.dueDate + ": only receivables not yet due"
                    + " can be financed");
            ordered.add(r);
        }
        violations.require(ordered.stream().map(r -> r.dueDate).distinct().count() <= 1, "receivableIds", "same-due-date",
                "must all be due on the same day (one maturity per financing)");
        violations.throwIfAny();
        List<FieldError> clashes = new ArrayList<>();
        for (int i = 0; i < input.receivableIds().size(); i++) {
            Receivable r = receivables.get(input.receivableIds().get(i));
            if (r.status != ReceivableStatus.CONFIRMED) {
                clashes.add(new FieldError("receivableIds[" + i + "]", "confirmed", "is " + r.status + ": only confirmed receivables can be financed"));
            }
        }
        liveClaims(input.receivableIds()).forEach((receivableId, financingId) -> clashes.add(new FieldError(
                "receivableIds[" + input.receivableIds().indexOf(receivableId) + "]", "not-financed",
                "already backs " + FinancingQueries.liveFinancingAsSeenBy(caller, financingId)
                        + " (a receivable backs one live financing at a time)")));
        if (!clashes.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, clashes.get(0).field() + ": " + clashes.get(0).message(), clashes);
        }
        BigDecimal faceValue = ordered.stream().map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (input.requestedAmount().compareTo(faceValue) > 0) {
            throw ProblemException.invalid("requestedAmount", "not-above-face-value", "must not exceed the receivables' amount "
                    + faceValue.toPlainString());
        }

        Financing f = new Financing();
        f.id = org.scfin.common.Ids.newId();
        f.programId = program.id;
        f.bankId = program.bankId;
        f.coreEnterpriseId = program.coreEnterpriseId;
        f.supplierId = supplierId;
        f.supplierRegionCode = Supplier.<Supplier>findById(supplierId).regionCode;
        f.status = FinancingStatus.APPLIED;
        f.requestedAmount = Money.of(input.requestedAmount()).amount();
        f.faceValue = faceValue;
        f.maturityDate = ordered.get(0).dueDate;
        f.dayCount = program.dayCount;
        f.interestMode = program.interestMode;
        f.settledAmount = Money.ZERO.amount();
        f.appliedBy = actor(caller);
        f.appliedAt = Times.now();
        f.persist();
        for (Receivable r : ordered) {
            FinancingReceivable.claim(f.id, r.id, r.amount, true);
        }
        FinancingHistory.record(f, FinancingAction.APPLIED, actor(caller)).amount(f.requestedAmount).save();
        events.publish(EventType.FINANCING_APPLIED, f, ordered.stream().map(r -> r.id).toList());
        Financing.flush();
        return FinancingViews.withHistory(f, ordered.stream().map(r -> r.id).sorted().toList());
    }

    /** The bank's terms: principal, interest and net amount are computed here and the limit is reserved. */
    @Transactional
    public FinancingView approve(Caller caller, String id, ApprovalInput input) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        requireStatus(f, "approve", FinancingStatus.APPLIED);
        FinancingProgram program = programs.lockVisible(caller, f.programId);
        LocalDate today = Times.today();
        program.requireOpenOn(today, "approvals");
        if (!f.maturityDate.isAfter(today)) {
            throw ProblemException.conflict("the receivables are due " + f.maturityDate + ": a financing must mature after today");
        }
        Violations violations = new Violations();
        violations.require(program.allowsRate(input.annualRate()), "annualRate", "within-program-bounds",
                "must be between the program's floor " + program.rateFloor.stripTrailingZeros()
                        .toPlainString() + " and cap " + program.rateCap.stripTrailingZeros().toPlainString());
        violations.require(input.advanceRatio().compareTo(program.maxAdvanceRatio) <= 0, "advanceRatio", "within-program-maximum",
                "must not exceed the program's maximum advance ratio " + program.maxAdvanceRatio.stripTrailingZeros().toPlainString());
        violations.require(input.valueDate().isBefore(f.maturityDate), "valueDate", "before-maturity",
                "must be before the maturity " + f.maturityDate);
        violations.require(!input.valueDate().isBefore(Times.businessDate(f.appliedAt)), "valueDate", "not-before-application",
                "must not be before the application date " + Times.businessDate(f.appliedAt));
        violations.throwIfAny();
        FinancingTerms terms = FinancingTerms.compute(f.requestedAmount, f.faceValue, input.advanceRatio(), input.annualRate(),
                input.valueDate(), f.maturityDate, f.dayCount, f.interestMode);
        if (terms.principal().signum() <= 0) {
            throw ProblemException.invalid("advanceRatio", "positive-principal", "leaves no principal to finance");
        }
        if (terms.netAmount().signum() <= 0) {
            throw ProblemException.invalid("annualRate", "positive-net-amount", "interest deducted up front would leave nothing to pay out");
        }
        BigDecimal available = program.creditLimit.subtract(program.reservedPrincipal);
        if (terms.principal().compareTo(available) > 0) {
            throw ProblemException.conflict("principal " + terms.principal().toPlainString() + " exceeds the program's available limit "
                    + available.max(BigDecimal.ZERO).toPlainString(), new FieldError("programId", "within-credit-limit",
                    "the program's outstanding principal would pass its credit limit"));
        }
        program.reservedPrincipal = program.reservedPrincipal.add(terms.principal());
        f.status = FinancingStatus.APPROVED;
        f.advanceRatio = FinancingTerms.ratio(input.advanceRatio());
        f.annualRate = Rate.of(input.annualRate()).percent();
        f.valueDate = input.valueDate();
        f.principal = terms.principal();
        f.interest = terms.interest();
        f.netAmount = terms.netAmount();
        f.amountDue = terms.amountDueAtMaturity();
        f.approvedAt = Times.now();
        Spreads spreads = rates.record(f.id, f.bankId, f.supplierRegionCode, RateRecordKind.APPROVAL, f.valueDate, f.annualRate, f.principal);
        f.spreadLprBp = spreads.toLprBp();
        f.spreadRegionalBp = spreads.toRegionalBp();
        FinancingHistory.record(f, FinancingAction.APPROVED, actor(caller)).amount(f.principal).on(f.valueDate).rate(f.annualRate).save();
        List<String> receivableIds = receivableIdsOf(f);
        events.publish(EventType.FINANCING_APPROVED, f, receivableIds);
        Financing.flush();
        return FinancingViews.withHistory(f, receivableIds);
    }

    /** The bank refuses an application, or withdraws an approval before disbursing, which frees the reserved limit. */
    @Transactional
    public FinancingView reject(Caller caller, String id, RejectionInput input) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        requireStatus(f, "reject", FinancingStatus.APPLIED, FinancingStatus.APPROVED);
        if (f.status == FinancingStatus.APPROVED) {
            FinancingProgram program = programs.lockVisible(caller, f.programId);
            program.reservedPrincipal = program.reservedPrincipal.subtract(f.principal);
        }
        f.status = FinancingStatus.REJECTED;
        f.rejectReasonCode = input.reasonCode();
        close(f);
        FinancingHistory.record(f, FinancingAction.REJECTED, actor(caller)).reason(input.reasonCode().name(), input.note()).save();
        List<String> receivableIds = receivableIdsOf(f);
        events.publish(EventType.FINANCING_REJECTED, f, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    /**
     * An application is withdrawn before approval by whoever made it, or by the supplier itself: a bank applying on a
     * supplier's behalf must never be able to tie up the supplier's receivables against its will.
     */
    @Transactional
    public FinancingView cancel(Caller caller, String id) {
        caller.require(Role.SUPPLIER, Role.BANK);
        Financing f = lockVisible(caller, id);
        if (!f.appliedBy.equals(actor(caller)) && !caller.is(Role.SUPPLIER)) {
            throw ProblemException.forbidden("only the applicant (" + f.appliedBy + ") or the supplier may cancel an application");
        }
        requireStatus(f, "cancel", FinancingStatus.APPLIED);
        f.status = FinancingStatus.CANCELLED;
        close(f);
        FinancingHistory.record(f, FinancingAction.CANCELLED, actor(caller)).save();
        List<String> receivableIds = receivableIdsOf(f);
        events.publish(EventType.FINANCING_CANCELLED, f, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    @Transactional
    public FinancingView disburse(Caller caller, String id) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        requireStatus(f, "disburse", FinancingStatus.APPROVED);
        if (!f.maturityDate.isAfter(Times.today())) {
            throw ProblemException.conflict("the financing matures " + f.maturityDate + ": nothing can be disbursed on or after"
                    + " maturity; reject the approval instead");
        }
        f.status = FinancingStatus.DISBURSED;
        f.disbursedAt = Times.now();
        statistics.disbursed(f);
        FinancingHistory.record(f, FinancingAction.DISBURSED, actor(caller)).amount(f.netAmount).save();
        List<String> receivableIds = receivableIdsOf(f);
        events.publishDisbursement(f, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    /** Records a payment; once all that is due is paid the financing is settled and frees its receivables and limit. */
    @Transactional
    public FinancingView settle(Caller caller, String id, SettlementInput input) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        requireStatus(f, "settle", FinancingStatus.DISBURSED);
        BigDecimal outstanding = f.outstanding();
        Violations violations = new Violations();
        violations.require(input.amount().compareTo(outstanding) <= 0, "amount", "not-above-outstanding",
                "must not exceed what is still due, " + outstanding.toPlainString());
        violations.require(!input.paidOn().isBefore(f.valueDate), "paidOn", "not-before-value-date", "must not be before the value date "
                + f.valueDate);
        violations.require(!input.paidOn().isAfter(Times.today()), "paidOn", "not-in-future", "must not be in the future");
        violations.throwIfAny();
        f.settledAmount = f.settledAmount.add(input.amount());
        boolean full = f.settledAmount.compareTo(f.amountDue) == 0;
        statistics.paid(f, input.paidOn());
        if (full) {
            FinancingProgram program = programs.lockVisible(caller, f.programId);
            program.reservedPrincipal = program.reservedPrincipal.subtract(f.principal);
            f.status = FinancingStatus.SETTLED;
            close(f);
        }
        FinancingHistory.record(f, full ? FinancingAction.SETTLED : FinancingAction.PARTIALLY_SETTLED, actor(caller))
                .amount(Money.of(input.amount()).amount()).on(input.paidOn()).save();
        List<String> receivableIds = receivableIdsOf(f);
        events.publish(full ? EventType.FINANCING_SETTLED : EventType.FINANCING_PARTIALLY_SETTLED, f, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    public record Filter(String bankId, String supplierId, String coreEnterpriseId, String regionCode, FinancingStatus status,
            LocalDate appliedFrom, LocalDate appliedTo, LocalDate maturityFrom, LocalDate maturityTo) {
    }

    public static final List<String> SORTABLE = List.of("appliedAt", "maturityDate", "principal", "disbursedAt");

    /** The orders a caller may sort by: the debtor only by what its view shows (see {@link FinancingQueries#requireDebtorFilter}). */
    public static List<String> sortableFor(Caller caller) {
        return caller.is(Role.ERP) ? FinancingQueries.DEBTOR_SORTABLE : SORTABLE;
    }

    public org.scfin.common.PageView<VisibleFinancing> list(Caller caller, Filter filter, org.scfin.common.PageRequest page) {
        var where = FinancingQueries.visibleTo(caller, new org.scfin.common.Where()
                .and("bankId = :bank", "bank", filter.bankId())
                .and("supplierId = :supplier", "supplier", filter.supplierId())
                .and("coreEnterpriseId = :core", "core", filter.coreEnterpriseId())
                .and(org.scfin.region.RegionSubtree.clause("supplierRegionCode", "region"), "region", filter.regionCode())
                .and("appliedAt >= :appliedFrom", "appliedFrom", startOf(filter.appliedFrom()))
                .and("appliedAt < :appliedTo", "appliedTo", startOf(filter.appliedTo() == null ? null : filter.appliedTo().plusDays(1)))
                .and("maturityDate >= :maturityFrom", "maturityFrom", filter.maturityFrom())
                .and("maturityDate <= :maturityTo", "maturityTo", filter.maturityTo()));
        if (caller.is(Role.ERP)) {
            FinancingQueries.requireDebtorFilter(filter);
            where.and("status = :status", "status", filter.status());
        } else {
            FinancingQueries.status(where, filter.status(), Times.today());
        }
        var query = Financing.<Financing>find(where.query(), page.sort(), where.params());
        var rows = page.fetch(query, Function.identity());
        List<? extends VisibleFinancing> items = caller.is(Role.ERP) ? FinancingViews.forDebtor(rows.items()) : FinancingViews.of(rows.items());
        return new org.scfin.common.PageView<>(List.copyOf(items), rows.page(), rows.size(), rows.total());
    }

    /** A business date's first instant (dates are dates in China). */
    private static java.time.Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(Times.BUSINESS_ZONE).toInstant();
    }

    /** The core enterprise that owes the receivables reads the assignment, not the terms (see {@link DebtorFinancingView}). */
    public VisibleFinancing get(Caller caller, String id) {
        Financing f = findVisible(caller, id);
        return caller.is(Role.ERP) ? FinancingViews.forDebtor(f) : FinancingViews.withHistory(f);
    }

    Financing findVisible(Caller caller, String id) {
        return visible(caller, id, LockModeType.NONE);
    }

    /**
     * Loads the financing with its row locked until the transaction ends, in one statement that also checks the
     * caller may see it (so no caller locks another party's row). It must be the transaction's first read of the row.
     */
    Financing lockVisible(Caller caller, String id) {
        return visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Financing visible(Caller caller, String id, LockModeType lock) {
        var where = FinancingQueries.visibleTo(caller, new org.scfin.common.Where().and("id = :id", "id", id));
        return Financing.<Financing>find(where.query(), where.params()).withLock(lock).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("financing", id));
    }

    private static void close(Financing f) {
        f.closedAt = Times.now();
        FinancingReceivable.release(f.id);
    }

    private static void requireStatus(Financing f, String action, FinancingStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(f.status)) {
            throw ProblemException.conflict("cannot " + action + " a financing in status " + f.statusOn(Times.today()));
        }
    }

    private static String applicantSupplier(Caller caller, ApplicationInput input, Violations violations) {
        if (caller.is(Role.SUPPLIER)) {
            violations.require(input.supplierId() == null || input.supplierId().equals(caller.partyId()), "supplierId", "own-supplier",
                    "must be the caller itself, or omitted");
            return caller.partyId();
        }
        violations.require(input.supplierId() != null, "supplierId", "required", "a bank applying on a supplier's behalf must name it");
        return input.supplierId();
    }

    /** Locks the receivables' rows in id order, so concurrent applications sharing receivables queue rather than deadlock. */
    static Map<String, Receivable> lockReceivables(List<String> ids) {
        return Receivable.<Receivable>find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    static List<String> receivableIdsOf(Financing f) {
        return FinancingReceivable.<FinancingReceivable>list("key.financingId = ?1 order by key.receivableId", f.id).stream()
                .map(r -> r.key.receivableId()).toList();
    }

    static Map<String, String> liveClaims(List<String> receivableIds) {
        return FinancingReceivable.<FinancingReceivable>list("key.receivableId in ?1 and liveClaim = 1", receivableIds).stream()
                .collect(Collectors.toMap(c -> c.key.receivableId(), c -> c.key.financingId()));
    }

    static String actor(Caller caller) {
        return caller.role().tokenName() + ":" + caller.partyId();
    }
}
