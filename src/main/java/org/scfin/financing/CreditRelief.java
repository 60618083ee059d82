package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.scfin.common.FieldError;
import org.scfin.common.Ids;
import org.scfin.common.Money;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.event.EventType;
import org.scfin.rate.RateRecordKind;
import org.scfin.rate.Spreads;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Credit relief for a disbursed (or overdue) financing, kept apart because regulators count it apart: extension
 * (new maturity, optionally new rate), restructuring (new terms with a reason) and renewal (a new financing that repays
 * the old one without the supplier repaying first). Each is recorded in history, as a rate record and as an event.
 */
@ApplicationScoped
public class CreditRelief {

    @Inject
    FinancingService financings;

    @Inject
    ProgramService programs;

    @Inject
    org.scfin.rate.ReferenceRateService rates;

    @Inject
    FinancingEvents events;

    @Inject
    FinancingStatistics statistics;

    @Transactional
    public FinancingView extend(Caller caller, String id, ExtensionInput input) {
        return reprice(caller, id, input, FinancingAction.EXTENDED, EventType.FINANCING_EXTENDED, true);
    }

    @Transactional
    public FinancingView restructure(Caller caller, String id, ExtensionInput input) {
        if (input.note() == null || input.note().isBlank()) {
            throw ProblemException.invalid("note", "required", "a restructuring must say why");
        }
        return reprice(caller, id, input, FinancingAction.RESTRUCTURED, EventType.FINANCING_RESTRUCTURED, false);
    }

    /**
     * From today, the new rate (or the current one) applies to the principal still outstanding: for what remains of the
     * current term, and for the days added. The difference is rounded half-up to the fen once and settles at the new
     * maturity, whatever the interest mode (a rate cut on an UPFRONT financing reduces what is due).
     */
    private FinancingView reprice(Caller caller, String id, ExtensionInput input, FinancingAction action, EventType event, boolean extension) {
        caller.require(Role.BANK);
        Financing f = financings.lockVisible(caller, id);
        requireDisbursed(f, action.name().toLowerCase());
        FinancingProgram program = programs.findVisible(caller, f.programId);
        LocalDate today = Times.today();
        BigDecimal rate = input.annualRate() == null ? f.annualRate : Rate.of(input.annualRate()).percent();
        Violations violations = new Violations();
        checkTerms(violations, program, !extension, f.maturityDate, input.newMaturityDate(), rate);
        violations.require(input.newMaturityDate().isAfter(today), "newMaturityDate", "after-today", "must be after today " + today);
        violations.throwIfAny();
        BigDecimal principal = f.outstandingPrincipal();
        BigDecimal change = FinancingTerms.reliefChange(principal, f.annualRate, rate, today, f.valueDate, f.maturityDate,
                input.newMaturityDate(), f.dayCount);
        if (f.amountDue.add(change).compareTo(f.settledAmount) < 0) {
            throw ProblemException.conflict("the new terms would leave less due than has already been paid");
        }
        grant(f, !extension, today, input.newMaturityDate(), rate, principal, change);
        FinancingHistory.record(f, action, FinancingService.actor(caller)).amount(change).on(f.maturityDate).rate(rate)
                .reason(null, input.note()).save();
        List<String> receivableIds = FinancingService.receivableIdsOf(f);
        events.publish(event, f, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    /**
     * The terms relief may have, live or imported: an extension moves the maturity later at a rate within the program's
     * bounds; a restructuring may keep the maturity and go below the floor, never above the cap.
     */
    static void checkTerms(Violations violations, FinancingProgram program, boolean restructuring, LocalDate maturity, LocalDate newMaturity,
            BigDecimal rate) {
        if (!restructuring) {
            violations.require(newMaturity.isAfter(maturity), "newMaturityDate", "after-maturity", "must be after the current maturity " + maturity);
            violations.require(program.allowsRate(rate), "annualRate", "within-program-bounds", "must be between the program's floor and cap");
        } else {
            violations.require(!newMaturity.isBefore(maturity), "newMaturityDate", "not-before-maturity",
                    "must not be before the current maturity " + maturity);
            violations.require(rate.compareTo(program.rateCap) <= 0, "annualRate", "not-above-program-cap", "must not be above the program's cap");
        }
    }

    /** Grants relief worked out on {@code on}: the new terms, the rate record with its spreads, and the statistics. */
    void grant(Financing f, boolean restructuring, LocalDate on, LocalDate newMaturity, BigDecimal rate, BigDecimal principal,
            BigDecimal change) {
        f.interest = f.interest.add(change);
        f.amountDue = f.amountDue.add(change);
        f.maturityDate = newMaturity;
        f.annualRate = rate;
        statistics.extended(f, restructuring, on, principal);
        Spreads spreads = rates.record(f.id, f.bankId, f.supplierRegionCode, restructuring ? RateRecordKind.RESTRUCTURING : RateRecordKind.EXTENSION, on, rate, principal);
        f.spreadLprBp = spreads.toLprBp();
        f.spreadRegionalBp = spreads.toRegionalBp();
    }

    /**
     * A new financing lends what is still due on the old one, at new terms, and repays it in the same transaction: the
     * old one is settled by renewal, and its receivables move to the new one (released, then claimed again, so the
     * double-financing key holds throughout). The new principal is reserved against the program instead of the old.
     */
    @Transactional
    public FinancingView renew(Caller caller, String id, RenewalInput input) {
        caller.require(Role.BANK);
        Financing old = financings.lockVisible(caller, id);
        requireDisbursed(old, "renew");
        FinancingProgram program = programs.lockVisible(caller, old.programId);
        LocalDate today = Times.today();
        program.requireOpenOn(today, "renewals");
        Violations violations = new Violations();
        violations.require(program.allowsRate(input.annualRate()), "annualRate", "within-program-bounds",
                "must be between the program's floor and cap");
        violations.require(input.newMaturityDate().isAfter(today), "newMaturityDate", "after-today", "must be after today " + today);
        violations.throwIfAny();
        BigDecimal principal = old.outstanding();
        BigDecimal advanceable = program.advanceable(old.faceValue);
        if (principal.compareTo(advanceable) > 0) {
            throw ProblemException.conflict("renewing " + principal.toPlainString() + " would lend more than the program's advance"
                    + " ratio of the receivables, " + advanceable.toPlainString() + "; settle part of it first",
                    new FieldError("programId", "within-advance-ratio", "the renewal would pass the program's maximum advance ratio"));
        }
        BigDecimal reservedAfter = program.reservedPrincipal.subtract(old.principal).add(principal);
        if (reservedAfter.compareTo(program.creditLimit) > 0) {
            throw ProblemException.conflict("renewing " + principal.toPlainString() + " would pass the program's credit limit",
                    new FieldError("programId", "within-credit-limit", "the program's outstanding principal would pass its credit limit"));
        }
        program.reservedPrincipal = reservedAfter;
        List<String> receivableIds = FinancingService.receivableIdsOf(old);

        old.settledAmount = old.amountDue;
        old.status = FinancingStatus.SETTLED;
        old.closedAt = Times.now();
        FinancingReceivable.release(old.id);
        statistics.paid(old, today);

        Financing renewal = new Financing();
        renewal.id = Ids.newId();
        renewal.programId = old.programId;
        renewal.bankId = old.bankId;
        renewal.coreEnterpriseId = old.coreEnterpriseId;
        renewal.supplierId = old.supplierId;
        renewal.supplierRegionCode = old.supplierRegionCode;
        renewal.renewalOfId = old.id;
        renewal.requestedAmount = principal;
        renewal.faceValue = old.faceValue;
        renewal.dayCount = old.dayCount;
        // the proceeds repay the old financing, so nothing is paid out and the interest is collected at maturity
        renewal.interestMode = InterestMode.AT_MATURITY;
        renewal.advanceRatio = old.advanceRatio;
        renewal.annualRate = Rate.of(input.annualRate()).percent();
        renewal.valueDate = today;
        renewal.maturityDate = input.newMaturityDate();
        renewal.principal = principal;
        renewal.interest = FinancingTerms.interest(principal, renewal.annualRate, DayCount.days(today, renewal.maturityDate), renewal.dayCount);
        renewal.netAmount = Money.ZERO.amount();
        renewal.amountDue = principal.add(renewal.interest);
        renewal.settledAmount = Money.ZERO.amount();
        renewal.status = FinancingStatus.DISBURSED;
        renewal.appliedBy = FinancingService.actor(caller);
        renewal.appliedAt = Times.now();
        renewal.approvedAt = renewal.appliedAt;
        renewal.disbursedAt = renewal.appliedAt;
        renewal.persist();
        Financing.flush();
        for (String receivableId : receivableIds) {
            BigDecimal face = FinancingReceivable.<FinancingReceivable>findById(new FinancingReceivable.Key(old.id, receivableId)).faceAmount;
            FinancingReceivable.claim(renewal.id, receivableId, face, true);
        }
        Spreads spreads = rates.record(renewal.id, renewal.bankId, renewal.supplierRegionCode, RateRecordKind.RENEWAL, today, renewal.annualRate, principal);
        renewal.spreadLprBp = spreads.toLprBp();
        renewal.spreadRegionalBp = spreads.toRegionalBp();
        statistics.disbursed(renewal, spreads);
        String actor = FinancingService.actor(caller);
        FinancingHistory.record(old, FinancingAction.RENEWED, actor).amount(principal).reason(null, "repaid by renewal " + renewal.id).save();
        FinancingHistory.record(renewal, FinancingAction.CREATED_BY_RENEWAL, actor).amount(principal).on(renewal.maturityDate)
                .rate(renewal.annualRate).reason(null, "renews " + old.id).save();
        events.publish(EventType.FINANCING_RENEWED, old, receivableIds);
        events.publishAssignment(renewal, receivableIds);
        Financing.flush();
        return FinancingViews.withHistory(renewal);
    }

    private static void requireDisbursed(Financing f, String action) {
        if (f.status != FinancingStatus.DISBURSED) {
            throw ProblemException.conflict("cannot " + action + " a financing in status " + f.statusOn(Times.today())
                    + ": relief applies to disbursed financings");
        }
    }
}
