package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.event.EventType;
import org.scfin.rate.RateRecordKind;
import org.scfin.rate.Spreads;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Credit relief for a disbursed (or overdue) financing, kept apart because regulators count it apart: extension (new
 * maturity, optionally new rate), restructuring (new terms with a reason) and renewal (a new financing that repays the
 * old one without the supplier repaying first). Each is recorded in history, as a rate record and as an event.
 */
@ApplicationScoped
@RetriedOnConflict
public class CreditRelief {

    @Inject
    FinancingService financings;

    @Inject
    FinancingPricing pricing;

    @Inject
    ProgramService programs;

    @Inject
    FinancingEvents events;

    @Inject
    FinancingNotices notices;

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
    private FinancingView reprice(
            Caller caller,
            String id,
            ExtensionInput input,
            FinancingAction action,
            EventType event,
            boolean extension) {
        caller.require(Role.BANK);
        Financing f = financings.lockVisible(caller, id);
        f.requireRelievable(action.name().toLowerCase());
        FinancingProgram program = programs.findVisible(caller, f.programId);
        LocalDate today = Times.today();
        BigDecimal rate = input.annualRate() == null
                ? f.annualRate
                : Rate.of(input.annualRate()).percent();
        Violations violations = new Violations();
        ReliefPolicy.requireTerms(violations, program, !extension, f.maturityDate, input.newMaturityDate(), rate);
        ReliefPolicy.requireMaturityAfter(violations, input.newMaturityDate(), today);
        violations.throwIfAny();
        BigDecimal principal = f.outstandingPrincipal();
        BigDecimal change = FinancingTerms.reliefChange(
                principal, f.annualRate, rate, today, f.valueDate, f.maturityDate, input.newMaturityDate(), f.dayCount);
        if (f.amountDue.add(change).compareTo(f.settledAmount) < 0) {
            throw ProblemException.conflict("the new terms would leave less due than has already been paid");
        }
        grant(f, !extension, today, input.newMaturityDate(), rate, principal, change);
        FinancingHistory.record(f, action, FinancingService.actor(caller))
                .amount(change)
                .on(f.maturityDate)
                .rate(rate)
                .reason(null, input.note())
                .save();
        List<String> receivableIds = FinancingService.receivableIdsOf(f);
        events.publish(event, f, receivableIds);
        return FinancingViews.withHistory(f, receivableIds);
    }

    /** Grants relief worked out on {@code on}: the new terms, the rate record with its spreads, and the statistics. */
    void grant(
            Financing f,
            boolean restructuring,
            LocalDate on,
            LocalDate newMaturity,
            BigDecimal rate,
            BigDecimal principal,
            BigDecimal change) {
        f.extend(newMaturity, rate, change);
        statistics.extended(f, restructuring, on, principal);
        pricing.price(f, restructuring ? RateRecordKind.RESTRUCTURING : RateRecordKind.EXTENSION, on, principal);
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
        old.requireRelievable("renew");
        FinancingProgram program = programs.lockVisible(caller, old.programId);
        LocalDate today = Times.today();
        program.requireOpenOn(today, "renewals");
        Violations violations = new Violations();
        RatePolicy.requireWithinBounds(violations, program, input.annualRate());
        ReliefPolicy.requireMaturityAfter(violations, input.newMaturityDate(), today);
        violations.throwIfAny();
        BigDecimal principal = old.outstanding();
        AdvanceRatioPolicy.requireRenewalWithin(program, principal, old.faceValue);
        BigDecimal reservedAfter =
                program.reservedPrincipal.subtract(old.principal).add(principal);
        CreditLimitPolicy.requireWithinLimit(
                program,
                reservedAfter,
                "programId",
                "renewing " + principal.toPlainString() + " would pass the program's credit limit");
        List<String> receivableIds = FinancingService.receivableIdsOf(old);
        Financing renewal = renewInto(
                old,
                receivableIds,
                program,
                input.annualRate(),
                today,
                Times.now(),
                input.newMaturityDate(),
                FinancingService.actor(caller));
        events.publish(EventType.FINANCING_RENEWED, old, receivableIds);
        events.publishAssignment(renewal, receivableIds);
        notices.renewed(old, renewal, program, receivableIds);
        Financing.flush();
        return FinancingViews.withHistory(renewal);
    }

    /**
     * The renewal itself, live or imported: the old financing settled by renewal on {@code on}, a new one lending what
     * was still due at {@code annualRate} until {@code newMaturity}, holding the same receivables, priced and counted
     * as relief. {@code at} is when it happened: now, or a past instant for an import. The caller has checked the terms
     * and the program's limits.
     */
    Financing renewInto(
            Financing old,
            List<String> receivableIds,
            FinancingProgram program,
            BigDecimal annualRate,
            LocalDate on,
            Instant at,
            LocalDate newMaturity,
            String actor) {
        BigDecimal principal = old.outstanding();
        // the claims must be rows before the old financing's are released in bulk
        Financing.flush();
        program.release(old.principal);
        program.reserve(principal);
        // the renewal lends under the program alone: the line gets back what the old financing held
        CreditLinePolicy.release(old);
        old.settleByRenewal(at);
        statistics.paid(old, on);

        Financing renewal = Financing.renewalOf(old, principal, annualRate, on, newMaturity, actor, at);
        renewal.persist();
        Financing.flush();
        for (String receivableId : receivableIds) {
            BigDecimal face = FinancingReceivable.<FinancingReceivable>findById(
                            new FinancingReceivable.Key(old.id, receivableId))
                    .faceAmount;
            FinancingReceivable.claim(renewal.id, receivableId, face, true);
        }
        Spreads spreads = pricing.price(renewal, RateRecordKind.RENEWAL, on, principal);
        statistics.disbursed(renewal, spreads);
        FinancingHistory.record(old, FinancingAction.RENEWED, actor, at)
                .amount(principal)
                .reason(null, "repaid by renewal " + renewal.id)
                .save();
        FinancingHistory.record(renewal, FinancingAction.CREATED_BY_RENEWAL, actor, at)
                .amount(principal)
                .on(renewal.maturityDate)
                .rate(renewal.annualRate)
                .reason(null, "renews " + old.id)
                .save();
        return renewal;
    }
}
