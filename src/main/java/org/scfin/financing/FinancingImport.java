package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scfin.common.FieldError;
import org.scfin.common.Money;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.creditline.CreditLine;
import org.scfin.enterprise.Supplier;
import org.scfin.rate.RateRecordKind;
import org.scfin.rate.Spreads;
import org.scfin.receivable.Receivable;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Records financings that already happened, with their real dates, so that a platform going live today still shows last
 * year's figures. Each item is checked like a live financing (confirmed receivables of one supplier owed by the
 * program's core enterprise, none financed twice, terms within the program and, when it names a pre-approved line,
 * within the line and its product, dates in order) and becomes the same rows a live financing leaves: financing,
 * claims, history at the real times, a rate record on the value date, the line's use. A batch is all or nothing.
 */
@ApplicationScoped
@RetriedOnConflict
public class FinancingImport {

    @Inject
    FinancingEvents events;

    @Inject
    FinancingNotices notices;

    @Inject
    ProgramService programs;

    @Inject
    CreditRelief creditRelief;

    @Inject
    FinancingPricing pricing;

    @Inject
    FinancingStatistics statistics;

    @Transactional
    public List<FinancingView> importBatch(Caller caller, List<ImportItem> items) {
        caller.require(Role.ADMIN, Role.BANK);
        List<String> allReceivables = items.stream()
                .flatMap(i -> i.receivableIds().stream())
                .distinct()
                .toList();
        Map<String, Receivable> receivables = FinancingService.lockReceivables(allReceivables);
        Map<String, String> liveClaims = FinancingService.liveClaims(allReceivables);
        Map<String, FinancingProgram> lockedPrograms = new HashMap<>();
        Map<String, Integer> claimedInBatch = new HashMap<>();
        Map<String, Optional<CreditLine>> lockedLines = new HashMap<>();
        Map<String, BigDecimal> heldInLines = new HashMap<>();
        Violations violations = new Violations();
        List<FieldError> clashes = new ArrayList<>();
        List<Financing> recorded = new ArrayList<>();
        List<Runnable> plans = new ArrayList<>();
        Instant now = Times.now();
        for (int i = 0; i < items.size(); i++) {
            ImportItem item = items.get(i);
            Violations v = violations.under("items[" + i + "].");
            FinancingProgram program = lockedPrograms.computeIfAbsent(item.programId(), id -> findProgram(caller, id));
            if (program == null) {
                v.add("programId", "known-program", "no program " + item.programId() + " of this caller");
                continue;
            }
            List<Receivable> backing = new ArrayList<>();
            for (int n = 0; n < item.receivableIds().size(); n++) {
                String id = item.receivableIds().get(n);
                Receivable r = receivables.get(id);
                String field = "receivableIds[" + n + "]";
                if (r == null || !r.coreEnterpriseId.equals(program.coreEnterpriseId)) {
                    v.add(
                            field,
                            BackingPolicy.OWED_BY_PROGRAM_CORE_ENTERPRISE,
                            "no receivable " + id + " owed by the program's core enterprise");
                    continue;
                }
                String itemField = "items[" + i + "]." + field;
                BackingPolicy.unconfirmed(itemField, r).ifPresent(clashes::add);
                if (liveClaims.containsKey(id)) {
                    clashes.add(BackingPolicy.financed(
                            itemField, FinancingQueries.liveFinancingAsSeenBy(caller, liveClaims.get(id))));
                }
                Integer earlier = claimedInBatch.putIfAbsent(id, i);
                if (earlier != null && earlier != i) {
                    clashes.add(BackingPolicy.financedInBatch(itemField, earlier));
                }
                backing.add(r);
            }
            if (backing.size() != item.receivableIds().size()) {
                continue;
            }
            v.require(
                    backing.stream().map(r -> r.supplierId).distinct().count() == 1,
                    "receivableIds",
                    "one-supplier",
                    "must all be owed to one supplier");
            BackingPolicy.requireSameDueDate(v, backing);
            LocalDate maturity = backing.get(0).dueDate;
            BigDecimal face = backing.stream().map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            checkDates(item, maturity, now, v);
            RatePolicy.requireWithinBounds(v, program, item.annualRate());
            AdvanceRatioPolicy.requirePrincipalWithin(v, program, item.principal(), face);
            if (!v.isEmptyHere()) {
                continue;
            }
            // the requested amount is the principal itself, so a 100% ratio leaves it as it is
            FinancingTerms terms = FinancingTerms.compute(
                    item.principal(),
                    face,
                    BigDecimal.valueOf(100),
                    item.annualRate(),
                    item.valueDate(),
                    maturity,
                    program.dayCount,
                    program.interestMode);
            List<ReliefPlan> relief = planRelief(item, program, terms, face, maturity, now, v);
            BigDecimal due =
                    relief.stream().map(ReliefPlan::change).reduce(terms.amountDueAtMaturity(), BigDecimal::add);
            v.require(
                    item.settledAmount() == null || item.settledAmount().compareTo(due) <= 0,
                    "settledAmount",
                    "not-above-amount-due",
                    "must not exceed what was due, " + due.toPlainString());
            boolean holds = holds(item, relief, due);
            CreditLine line = null;
            if (item.creditLineId() != null) {
                line = lockedLines
                        .computeIfAbsent(
                                program.bankId + item.creditLineId(),
                                key -> CreditLine.lockOfBank(item.creditLineId(), program.bankId))
                        .orElse(null);
                BigDecimal held = heldInLines.getOrDefault(item.creditLineId(), BigDecimal.ZERO);
                CreditLinePolicy.checkImported(
                        v,
                        clashes,
                        "items[" + i + "].",
                        line,
                        item.creditLineId(),
                        backing.get(0).supplierId,
                        terms,
                        item.annualRate(),
                        Times.businessDate(item.approvedAt()),
                        held.add(terms.principal()));
                // a renewal gives the line back in the same item: only what stays unpaid goes on holding it
                if (holds && relief.stream().noneMatch(ReliefPlan::renewal)) {
                    heldInLines.put(item.creditLineId(), held.add(terms.principal()));
                }
            }
            if (!v.isEmptyHere()) {
                continue;
            }
            CreditLine lentUnder = line;
            plans.add(() -> recorded.add(
                    record(caller, item, program, lentUnder, backing, face, maturity, terms, relief, due, holds)));
        }
        violations.throwIfAny();
        BackingPolicy.throwIfClashes(clashes);
        // nothing is written before every item has passed: a clash is reported as such, not as a key violation
        plans.forEach(Runnable::run);
        for (FinancingProgram program : lockedPrograms.values()) {
            if (program != null) {
                CreditLimitPolicy.requireWithinLimit(
                        program,
                        program.reservedPrincipal,
                        "items",
                        "the unsettled principal imported would pass program " + program.id + "'s credit limit");
            }
        }
        Financing.flush();
        return FinancingViews.of(recorded);
    }

    private FinancingProgram findProgram(Caller caller, String id) {
        try {
            return programs.lockVisible(caller, id);
        } catch (ProblemException notVisible) {
            return null;
        }
    }

    private static void checkDates(ImportItem item, LocalDate maturity, Instant now, Violations v) {
        v.require(
                !item.approvedAt().isBefore(item.appliedAt()),
                "approvedAt",
                "not-before-appliedAt",
                "must not be before appliedAt");
        v.require(
                !item.disbursedAt().isBefore(item.approvedAt()),
                "disbursedAt",
                "not-before-approvedAt",
                "must not be before approvedAt");
        v.require(
                !item.disbursedAt().isAfter(now),
                "disbursedAt",
                "in-the-past",
                "must not be in the future: imports are history");
        ValueDatePolicy.requireWithinTerm(v, item.valueDate(), item.appliedAt(), maturity);
        v.require(
                (item.settledAt() == null) == (item.settledAmount() == null),
                "settledAt",
                "with-settledAmount",
                "settledAt and settledAmount go together");
        if (item.settledAt() != null) {
            v.require(
                    !item.settledAt().isBefore(item.disbursedAt()),
                    "settledAt",
                    "not-before-disbursedAt",
                    "must not be before disbursedAt");
            v.require(!item.settledAt().isAfter(now), "settledAt", "in-the-past", "must not be in the future");
        }
    }

    /**
     * One relief of an import, worked out: granted on {@code on} at {@code rate}, adding {@code change} to what is due
     * (for a renewal, the renewing financing's interest on what was due).
     */
    private record ReliefPlan(ImportedRelief relief, LocalDate on, BigDecimal rate, BigDecimal change) {

        boolean renewal() {
            return relief.kind() == ImportedRelief.ReliefKind.RENEWAL;
        }

        boolean restructuring() {
            return relief.kind() == ImportedRelief.ReliefKind.RESTRUCTURING;
        }
    }

    /**
     * Checks each relief like live relief (in order, before the settlement, terms the program allows; a renewal last,
     * lending what was due within the program's advance ratio) and works it out.
     */
    private static List<ReliefPlan> planRelief(
            ImportItem item,
            FinancingProgram program,
            FinancingTerms terms,
            BigDecimal face,
            LocalDate maturity,
            Instant now,
            Violations v) {
        List<ReliefPlan> plans = new ArrayList<>();
        if (item.relief() == null) {
            return plans;
        }
        LocalDate currentMaturity = maturity;
        BigDecimal currentRate = Rate.of(item.annualRate()).percent();
        BigDecimal due = terms.amountDueAtMaturity();
        Instant previous = item.disbursedAt();
        for (int j = 0; j < item.relief().size(); j++) {
            ImportedRelief r = item.relief().get(j);
            Violations rv = v.under("relief[" + j + "].");
            BigDecimal rate = r.annualRate() == null
                    ? currentRate
                    : Rate.of(r.annualRate()).percent();
            LocalDate on = Times.businessDate(r.at());
            rv.require(
                    !r.at().isBefore(previous),
                    "at",
                    "in-order",
                    "must not be before disbursedAt nor before the relief listed before it");
            rv.require(!r.at().isAfter(now), "at", "in-the-past", "must not be in the future: imports are history");
            rv.require(
                    item.settledAt() == null || !item.settledAt().isBefore(r.at()),
                    "at",
                    "before-settlement",
                    "must not be after settledAt: in an import, relief comes before the settlement");
            rv.require(
                    r.newMaturityDate().isAfter(on),
                    "newMaturityDate",
                    "after-relief-date",
                    "must be after the day of the relief " + on);
            ReliefPlan plan;
            if (r.kind() == ImportedRelief.ReliefKind.RENEWAL) {
                rv.require(
                        j == item.relief().size() - 1,
                        "kind",
                        "renewal-last",
                        "a renewal repays the imported financing: nothing can follow it in the list");
                RatePolicy.requireWithinBounds(rv, program, rate);
                AdvanceRatioPolicy.requireRenewalWithin(rv, program, due, face);
                plan = new ReliefPlan(
                        r,
                        on,
                        rate,
                        FinancingTerms.interest(due, rate, DayCount.days(on, r.newMaturityDate()), program.dayCount));
            } else {
                boolean restructuring = r.kind() == ImportedRelief.ReliefKind.RESTRUCTURING;
                rv.require(
                        !restructuring || r.note() != null && !r.note().isBlank(),
                        "note",
                        "required",
                        "a restructuring must say why");
                ReliefPolicy.requireTerms(rv, program, restructuring, currentMaturity, r.newMaturityDate(), rate);
                plan = new ReliefPlan(
                        r,
                        on,
                        rate,
                        FinancingTerms.reliefChange(
                                terms.principal(),
                                currentRate,
                                rate,
                                on,
                                item.valueDate(),
                                currentMaturity,
                                r.newMaturityDate(),
                                program.dayCount));
            }
            plans.add(plan);
            due = due.add(plan.change());
            currentMaturity = r.newMaturityDate();
            currentRate = rate;
            previous = r.at();
        }
        return plans;
    }

    /**
     * Whether the financing still holds its principal in the program (and its line) once imported: until the renewal
     * moves it to its successor, or while it is not fully paid.
     */
    private static boolean holds(ImportItem item, List<ReliefPlan> relief, BigDecimal finalDue) {
        boolean fullySettled = item.settledAmount() != null
                && Money.of(item.settledAmount()).amount().compareTo(finalDue) == 0;
        return relief.stream().anyMatch(ReliefPlan::renewal) || !fullySettled;
    }

    private Financing record(
            Caller caller,
            ImportItem item,
            FinancingProgram program,
            CreditLine line,
            List<Receivable> backing,
            BigDecimal face,
            LocalDate maturity,
            FinancingTerms terms,
            List<ReliefPlan> relief,
            BigDecimal finalDue,
            boolean holds) {
        String actor = FinancingService.actor(caller);
        BigDecimal ratio = item.principal()
                .multiply(BigDecimal.valueOf(100))
                .divide(face, 2, RoundingMode.UP)
                .min(program.maxAdvanceRatio);
        String supplierId = backing.get(0).supplierId;
        String regionCode = Supplier.<Supplier>findById(supplierId).regionCode;
        Financing f = Financing.imported(program, supplierId, regionCode, item, face, maturity, ratio, terms, actor);
        BigDecimal settled = item.settledAmount() == null
                ? Money.ZERO.amount()
                : Money.of(item.settledAmount()).amount();
        boolean fullySettled = settled.compareTo(finalDue) == 0;
        if (line != null) {
            f.creditLineId = line.id;
        }
        f.persist();
        List<String> receivableIds = backing.stream().map(r -> r.id).toList();
        for (Receivable r : backing) {
            FinancingReceivable.claim(f.id, r.id, r.amount, holds);
        }
        if (holds) {
            program.reserve(f.principal);
            if (line != null) {
                // given back by the renewal (CreditRelief) or still held: a settled import never held it
                line.consume(f.principal);
            }
        }
        Spreads spreads = pricing.price(f, RateRecordKind.APPROVAL, f.valueDate, f.principal);
        statistics.disbursed(f, spreads);
        FinancingHistory.record(f, FinancingAction.APPLIED, actor, f.appliedAt)
                .status(FinancingStatus.APPLIED)
                .amount(f.requestedAmount)
                .reason(null, "imported")
                .save();
        FinancingHistory.record(f, FinancingAction.APPROVED, actor, f.approvedAt)
                .status(FinancingStatus.APPROVED)
                .amount(f.principal)
                .on(f.valueDate)
                .rate(f.annualRate)
                .save();
        FinancingHistory.record(f, FinancingAction.DISBURSED, actor, f.disbursedAt)
                .status(FinancingStatus.DISBURSED)
                .amount(f.netAmount)
                .save();
        Financing current = f;
        for (ReliefPlan plan : relief) {
            if (plan.renewal()) {
                current = creditRelief.renewInto(
                        current,
                        receivableIds,
                        program,
                        plan.rate(),
                        plan.on(),
                        plan.relief().at(),
                        plan.relief().newMaturityDate(),
                        actor);
                continue;
            }
            // relief is on the principal still owed, as live relief is (a cut in what is due can leave less than the
            // principal)
            creditRelief.grant(
                    current,
                    plan.restructuring(),
                    plan.on(),
                    plan.relief().newMaturityDate(),
                    plan.rate(),
                    current.outstandingPrincipal(),
                    plan.change());
            FinancingHistory.record(
                            current,
                            plan.restructuring() ? FinancingAction.RESTRUCTURED : FinancingAction.EXTENDED,
                            actor,
                            plan.relief().at())
                    .status(FinancingStatus.DISBURSED)
                    .amount(plan.change())
                    .on(current.maturityDate)
                    .rate(plan.rate())
                    .reason(null, plan.relief().note())
                    .save();
        }
        // relief comes before the settlement: nothing is paid until the relief is granted
        if (item.settledAt() != null) {
            current.pay(settled);
            if (fullySettled) {
                current.settle(item.settledAt());
                if (holds) {
                    program.release(current.principal);
                }
            }
            statistics.paid(current, Times.businessDate(item.settledAt()));
            FinancingHistory.record(
                            current,
                            fullySettled ? FinancingAction.SETTLED : FinancingAction.PARTIALLY_SETTLED,
                            actor,
                            item.settledAt())
                    .status(current.status)
                    .amount(settled)
                    .on(Times.businessDate(item.settledAt()))
                    .save();
        }
        if (!fullySettled) {
            // the core enterprise must still pay the bank what remains due
            events.publishAssignment(current, receivableIds);
            notices.assigned(current, program, receivableIds);
        }
        return current;
    }
}
