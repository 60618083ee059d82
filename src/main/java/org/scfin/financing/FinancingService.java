package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
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
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.coupon.CouponRedemptions;
import org.scfin.coupon.RateCoupon;
import org.scfin.creditline.CreditLine;
import org.scfin.enterprise.Supplier;
import org.scfin.event.EventType;
import org.scfin.rate.RateRecordKind;
import org.scfin.receivable.Receivable;
import org.scfin.region.RegionSubtree;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * The financing lifecycle. Every state change locks the financing's row and checks the transition, so an illegal one is
 * a 409 that changes nothing and concurrent changes queue up instead of losing updates. Applying locks the receivables
 * (in id order, so two applications never deadlock) and claims them under a unique key; approving locks the program
 * (and the pre-approved line it names, after the program), so approvals racing for the same limit are decided one at a
 * time. An approval with a rate coupon locks the coupon last, after the line.
 */
@ApplicationScoped
@RetriedOnConflict
public class FinancingService {

    @Inject
    FinancingStatistics statistics;

    @Inject
    RegistrationChecks registrations;

    static final int MAX_RECEIVABLES = 50;

    @Inject
    ProgramService programs;

    @Inject
    FinancingPricing pricing;

    @Inject
    FinancingEvents events;

    @Inject
    FinancingNotices notices;

    @Inject
    CouponRedemptions coupons;

    @Transactional
    public FinancingView apply(Caller caller, ApplicationInput input) {
        caller.require(Role.SUPPLIER, Role.BANK);
        FinancingProgram program = programs.findVisible(caller, input.programId());
        LocalDate today = Times.today();
        program.requireOpenOn(today, "applications");
        Violations violations = new Violations();
        String supplierId = applicantSupplier(caller, input, violations);
        Set<String> distinct = new HashSet<>(input.receivableIds());
        violations.require(
                distinct.size() == input.receivableIds().size(),
                "receivableIds",
                "distinct",
                "lists a receivable twice");
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
            BackingPolicy.requireOwedUnder(violations, field, program, r);
            violations.require(
                    r.dueDate.isAfter(today),
                    field,
                    "due-in-future",
                    "is due " + r.dueDate + ": only receivables not yet due" + " can be financed");
            ordered.add(r);
        }
        BackingPolicy.requireSameDueDate(violations, ordered);
        violations.throwIfAny();
        List<FieldError> clashes = new ArrayList<>();
        for (int i = 0; i < input.receivableIds().size(); i++) {
            BackingPolicy.unconfirmed(
                            "receivableIds[" + i + "]",
                            receivables.get(input.receivableIds().get(i)))
                    .ifPresent(clashes::add);
        }
        liveClaims(input.receivableIds())
                .forEach((receivableId, financingId) -> clashes.add(BackingPolicy.financed(
                        "receivableIds[" + input.receivableIds().indexOf(receivableId) + "]",
                        FinancingQueries.liveFinancingAsSeenBy(caller, financingId))));
        for (RegistrationChecks.HeldInvoice held :
                registrations.heldByAnotherBank(input.receivableIds(), program.bankId, today)) {
            clashes.add(BackingPolicy.registeredElsewhere(
                    "receivableIds[" + input.receivableIds().indexOf(held.receivableId()) + "]", held.reason()));
        }
        BackingPolicy.throwIfClashes(clashes);
        BigDecimal faceValue = ordered.stream().map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (input.requestedAmount().compareTo(faceValue) > 0) {
            throw ProblemException.invalid(
                    "requestedAmount",
                    "not-above-face-value",
                    "must not exceed the receivables' amount " + faceValue.toPlainString());
        }

        String regionCode = Supplier.<Supplier>findById(supplierId).regionCode;
        Financing f = Financing.application(
                program,
                supplierId,
                regionCode,
                input.requestedAmount(),
                faceValue,
                ordered.get(0).dueDate,
                actor(caller),
                Times.now());
        f.persist();
        for (Receivable r : ordered) {
            FinancingReceivable.claim(f.id, r.id, r.amount, true);
        }
        FinancingHistory.record(f, FinancingAction.APPLIED, actor(caller))
                .amount(f.requestedAmount)
                .save();
        events.publish(
                EventType.FINANCING_APPLIED, f, ordered.stream().map(r -> r.id).toList());
        Financing.flush();
        return FinancingViews.withHistory(
                f, ordered.stream().map(r -> r.id).sorted().toList());
    }

    /** The bank's terms: principal, interest and net amount are computed here and the limit is reserved. */
    @Transactional
    public FinancingView approve(Caller caller, String id, ApprovalInput input) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        f.requireCanApprove();
        FinancingProgram program = programs.lockVisible(caller, f.programId);
        LocalDate today = Times.today();
        program.requireOpenOn(today, "approvals");
        if (!f.maturityDate.isAfter(today)) {
            throw ProblemException.conflict(
                    "the receivables are due " + f.maturityDate + ": a financing must mature after today");
        }
        Violations violations = new Violations();
        RatePolicy.requireWithinBounds(violations, program, input.annualRate());
        AdvanceRatioPolicy.requireRatioWithinMaximum(violations, program, input.advanceRatio());
        ValueDatePolicy.requireWithinTerm(violations, input.valueDate(), f.appliedAt, f.maturityDate);
        violations.throwIfAny();
        FinancingTerms terms = terms(f, input, input.annualRate());
        if (terms.principal().signum() <= 0) {
            throw ProblemException.invalid("advanceRatio", "positive-principal", "leaves no principal to finance");
        }
        if (terms.netAmount().signum() <= 0) {
            throw ProblemException.invalid(
                    "annualRate", "positive-net-amount", "interest deducted up front would leave nothing to pay out");
        }
        BigDecimal reservedAfter = program.reservedPrincipal.add(terms.principal());
        CreditLimitPolicy.requireWithinLimit(
                program,
                reservedAfter,
                "programId",
                "principal " + terms.principal().toPlainString() + " exceeds the program's available limit "
                        + program.availableLimit());
        CreditLine line = input.creditLineId() == null
                ? null
                : CreditLinePolicy.requireUsable(f, input.creditLineId(), terms, input.annualRate(), today);
        RateCoupon coupon = input.couponId() == null
                ? null
                : CouponPolicy.requireUsable(
                        coupons.lockOfSupplier(input.couponId(), f.supplierId).orElse(null),
                        input.couponId(),
                        input.annualRate(),
                        today);
        BigDecimal rate = coupon == null ? input.annualRate() : CouponPolicy.rateAfter(input.annualRate(), coupon);
        // a lower rate only lowers the interest: the principal, the term and a positive net amount still hold
        FinancingTerms priced = coupon == null ? terms : terms(f, input, rate);
        program.reserve(priced.principal());
        if (line != null) {
            line.consume(priced.principal());
            f.lendUnder(line);
        }
        f.approve(input.advanceRatio(), rate, input.valueDate(), priced, Times.now());
        if (coupon != null) {
            BigDecimal saved = CouponPolicy.interestSaved(priced, coupon, f.dayCount);
            f.cutBy(coupon.id, input.annualRate(), saved);
            coupons.use(coupon, f.id, f.bankId, saved, today);
        }
        pricing.price(f, RateRecordKind.APPROVAL, f.valueDate, f.principal);
        FinancingHistory.record(f, FinancingAction.APPROVED, actor(caller))
                .amount(f.principal)
                .on(f.valueDate)
                .rate(f.annualRate)
                .save();
        List<String> receivableIds = receivableIdsOf(f);
        events.publish(EventType.FINANCING_APPROVED, f, receivableIds);
        Financing.flush();
        return FinancingViews.withHistory(f, receivableIds);
    }

    /** The money of an approval at {@code annualRate}: the bank's rate, or that rate less a coupon's cut. */
    private static FinancingTerms terms(Financing f, ApprovalInput input, BigDecimal annualRate) {
        return FinancingTerms.compute(
                f.requestedAmount,
                f.faceValue,
                input.advanceRatio(),
                annualRate,
                input.valueDate(),
                f.maturityDate,
                f.dayCount,
                f.interestMode);
    }

    /**
     * The bank refuses an application, or withdraws an approval before disbursing, which frees the reserved limit and
     * gives back the rate coupon the approval used.
     */
    @Transactional
    public FinancingView reject(Caller caller, String id, RejectionInput input) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        f.requireCanReject();
        if (f.status == FinancingStatus.APPROVED) {
            FinancingProgram program = programs.lockVisible(caller, f.programId);
            program.release(f.principal);
            CreditLinePolicy.release(f);
            if (f.couponId != null) {
                coupons.giveBack(f.couponId, f.id);
            }
        }
        f.reject(input.reasonCode(), Times.now());
        FinancingHistory.record(f, FinancingAction.REJECTED, actor(caller))
                .reason(input.reasonCode().name(), input.note())
                .save();
        return publishedView(EventType.FINANCING_REJECTED, f);
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
            throw ProblemException.forbidden(
                    "only the applicant (" + f.appliedBy + ") or the supplier may cancel an application");
        }
        f.cancel(Times.now());
        FinancingHistory.record(f, FinancingAction.CANCELLED, actor(caller)).save();
        return publishedView(EventType.FINANCING_CANCELLED, f);
    }

    @Transactional
    public FinancingView disburse(Caller caller, String id) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        f.disburse(Times.today(), Times.now());
        FinancingProgram program = programs.findVisible(caller, f.programId);
        if (program.registrationRequired && !registrations.anyLive(f.id, Times.today())) {
            throw new ProblemException(
                    ProblemType.REGISTRATION_REQUIRED,
                    "program " + program.id + " requires a live registration of the financing's receivables before"
                            + " disbursement: record the registry's filing with POST /api/v1/registrations",
                    List.of(new FieldError(
                            "registration", "live-registration", "no live registration of financing " + f.id)));
        }
        statistics.disbursed(f);
        FinancingHistory.record(f, FinancingAction.DISBURSED, actor(caller))
                .amount(f.netAmount)
                .save();
        List<String> receivableIds = receivableIdsOf(f);
        events.publishDisbursement(f, receivableIds);
        notices.assigned(f, program, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    /** Records a payment; once all that is due is paid the financing is settled and frees its receivables and limit. */
    @Transactional
    public FinancingView settle(Caller caller, String id, SettlementInput input) {
        caller.require(Role.BANK);
        Financing f = lockVisible(caller, id);
        f.requireCanSettle();
        BigDecimal outstanding = f.outstanding();
        Violations violations = new Violations();
        violations.require(
                input.amount().compareTo(outstanding) <= 0,
                "amount",
                "not-above-outstanding",
                "must not exceed what is still due, " + outstanding.toPlainString());
        violations.require(
                !input.paidOn().isBefore(f.valueDate),
                "paidOn",
                "not-before-value-date",
                "must not be before the value date " + f.valueDate);
        violations.require(
                !input.paidOn().isAfter(Times.today()), "paidOn", "not-in-future", "must not be in the future");
        violations.throwIfAny();
        boolean full = f.pay(input.amount());
        statistics.paid(f, input.paidOn());
        if (full) {
            FinancingProgram program = programs.lockVisible(caller, f.programId);
            program.release(f.principal);
            CreditLinePolicy.release(f);
            f.settle(Times.now());
        }
        FinancingHistory.record(f, full ? FinancingAction.SETTLED : FinancingAction.PARTIALLY_SETTLED, actor(caller))
                .amount(Money.of(input.amount()).amount())
                .on(input.paidOn())
                .save();
        FinancingView view =
                publishedView(full ? EventType.FINANCING_SETTLED : EventType.FINANCING_PARTIALLY_SETTLED, f);
        if (full) {
            notices.settled(f, view.receivableIds());
        }
        return view;
    }

    /** Announces the change to whoever follows the financing's receivables, and answers the financing as it now is. */
    private FinancingView publishedView(EventType event, Financing f) {
        List<String> receivableIds = receivableIdsOf(f);
        events.publish(event, f, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    public record Filter(
            String bankId,
            String supplierId,
            String coreEnterpriseId,
            String regionCode,
            FinancingStatus status,
            LocalDate appliedFrom,
            LocalDate appliedTo,
            LocalDate maturityFrom,
            LocalDate maturityTo) {}

    public static final List<String> SORTABLE = List.of("appliedAt", "maturityDate", "principal", "disbursedAt");

    /**
     * The orders a caller may sort by: the debtor only by what its view shows (see
     * {@link FinancingQueries#requireDebtorFilter}).
     */
    public static List<String> sortableFor(Caller caller) {
        return caller.is(Role.ERP) ? FinancingQueries.DEBTOR_SORTABLE : SORTABLE;
    }

    public PageView<VisibleFinancing> list(Caller caller, Filter filter, PageRequest page) {
        var where = FinancingQueries.visibleTo(
                caller,
                new Where()
                        .and("bankId = :bank", "bank", filter.bankId())
                        .and("supplierId = :supplier", "supplier", filter.supplierId())
                        .and("coreEnterpriseId = :core", "core", filter.coreEnterpriseId())
                        .and(RegionSubtree.clause("supplierRegionCode", "region"), "region", filter.regionCode())
                        .and("appliedAt >= :appliedFrom", "appliedFrom", startOf(filter.appliedFrom()))
                        .and(
                                "appliedAt < :appliedTo",
                                "appliedTo",
                                startOf(
                                        filter.appliedTo() == null
                                                ? null
                                                : filter.appliedTo().plusDays(1)))
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
        List<? extends VisibleFinancing> items =
                caller.is(Role.ERP) ? FinancingViews.forDebtor(rows.items()) : FinancingViews.of(rows.items());
        return new PageView<>(List.copyOf(items), rows.page(), rows.size(), rows.total());
    }

    /** A business date's first instant (dates are dates in China). */
    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(Times.BUSINESS_ZONE).toInstant();
    }

    /**
     * The core enterprise that owes the receivables reads the assignment, not the terms (see
     * {@link DebtorFinancingView}).
     */
    public VisibleFinancing get(Caller caller, String id) {
        Financing f = findVisible(caller, id);
        return caller.is(Role.ERP) ? FinancingViews.forDebtor(f) : FinancingViews.withHistory(f);
    }

    Financing findVisible(Caller caller, String id) {
        return visible(caller, id, LockModeType.NONE);
    }

    /**
     * Loads the financing with its row locked until the transaction ends, in one statement that also checks the caller
     * may see it (so no caller locks another party's row). It must be the transaction's first read of the row.
     */
    Financing lockVisible(Caller caller, String id) {
        return visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Financing visible(Caller caller, String id, LockModeType lock) {
        var where = FinancingQueries.visibleTo(caller, new Where().and("id = :id", "id", id));
        return Financing.<Financing>find(where.query(), where.params())
                .withLock(lock)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("financing", id));
    }

    private static String applicantSupplier(Caller caller, ApplicationInput input, Violations violations) {
        if (caller.is(Role.SUPPLIER)) {
            violations.require(
                    input.supplierId() == null || input.supplierId().equals(caller.partyId()),
                    "supplierId",
                    "own-supplier",
                    "must be the caller itself, or omitted");
            return caller.partyId();
        }
        violations.require(
                input.supplierId() != null,
                "supplierId",
                "required",
                "a bank applying on a supplier's behalf must name it");
        return input.supplierId();
    }

    /**
     * Locks the receivables' rows in id order, so concurrent applications sharing receivables queue rather than
     * deadlock.
     */
    static Map<String, Receivable> lockReceivables(List<String> ids) {
        return Receivable.<Receivable>find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    static List<String> receivableIdsOf(Financing f) {
        return FinancingReceivable.<FinancingReceivable>list("key.financingId = ?1 order by key.receivableId", f.id)
                .stream()
                .map(r -> r.key.receivableId())
                .toList();
    }

    static Map<String, String> liveClaims(List<String> receivableIds) {
        return FinancingReceivable.<FinancingReceivable>list("key.receivableId in ?1 and liveClaim = 1", receivableIds)
                .stream()
                .collect(Collectors.toMap(c -> c.key.receivableId(), c -> c.key.financingId()));
    }

    static String actor(Caller caller) {
        return caller.role().tokenName() + ":" + caller.partyId();
    }
}
