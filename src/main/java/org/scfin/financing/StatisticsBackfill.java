package org.scfin.financing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.scfin.common.CatchUp;
import org.scfin.common.Times;
import org.scfin.database.DatabaseUnreachable;
import org.scfin.receivable.Receivable;
import org.scfin.statistics.StatisticsRecorder;

/**
 * Gives statistics the financings disbursed before they were recorded (queued in {@code stat_backfill} by the V5
 * migration). Each one's history is replayed, step by step, through the hooks the live path calls
 * ({@link FinancingStatistics}), on a copy of the financing as it stood at that step; so a backfilled financing has the
 * fact and ledger it would have had if statistics had existed all along.
 */
@ApplicationScoped
public class StatisticsBackfill {

    private static final Logger LOG = Logger.getLogger(StatisticsBackfill.class);
    private static final int SLICE = 200;

    @Inject
    EntityManager em;

    @Inject
    FinancingStatistics statistics;

    @Inject
    StatisticsRecorder recorder;

    @Scheduled(
            every = "${scf.statistics.backfill-every:10s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseUnreachable.class)
    void scheduled() {
        int done = backfillQueued();
        if (done > 0) {
            LOG.infof("statistics backfilled for %d financings disbursed before statistics were recorded", done);
        }
    }

    /** Replays every queued financing; returns how many it took off the queue. A concurrent backfill waits its turn. */
    public int backfillQueued() {
        if (!recorder.recording()) {
            return 0;
        }
        return CatchUp.run(em, "select 1 from stat_backfill limit 1", SLICE, () -> {
            @SuppressWarnings("unchecked")
            List<String> ids = em.createNativeQuery(
                            "select financing_id from stat_backfill order by financing_id limit " + SLICE
                                    + " for update")
                    .getResultList();
            for (String id : ids) {
                replay(id);
                em.createNativeQuery("delete from stat_backfill where financing_id = ?1")
                        .setParameter(1, id)
                        .executeUpdate();
            }
            return ids.size();
        });
    }

    /**
     * Under the financing's lock, so no live change interleaves: a change that came before is in its history. The lock
     * also writes the row (its version goes up by one): on a Galera cluster a row lock holds only on its own node, and
     * a live change of this financing through another node would otherwise commit beside the replay unseen, leaving the
     * fact without it (the live change finds no fact to report to). Both transactions now write the row, so they
     * collide at certification; the loser is rolled back whole and retried, and its retry sees the winner's work.
     */
    private void replay(String id) {
        Financing f = Financing.findById(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (f == null || f.disbursedAt == null || recorder.hasFact(id)) {
            return;
        }
        List<FinancingHistory> steps = FinancingHistory.list("financingId = ?1 order by id", id);
        BigDecimal reliefChanges = steps.stream()
                .filter(StatisticsBackfill::isRelief)
                .map(s -> s.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Financing then = copyAtDisbursement(f, steps, reliefChanges);
        statistics.disbursed(then, statistics.openingSpreads(id));
        for (FinancingHistory step : steps) {
            switch (step.action) {
                case EXTENDED, RESTRUCTURED -> {
                    BigDecimal principal = then.outstandingPrincipal();
                    then.amountDue = then.amountDue.add(step.amount);
                    then.maturityDate = step.effectiveDate;
                    then.annualRate = step.annualRate;
                    statistics.extended(
                            then,
                            step.action == FinancingAction.RESTRUCTURED,
                            Times.businessDate(step.occurredAt),
                            principal);
                }
                case PARTIALLY_SETTLED, SETTLED -> {
                    then.settledAmount = then.settledAmount.add(step.amount);
                    statistics.paid(then, step.effectiveDate);
                }
                case RENEWED -> {
                    then.settledAmount = then.amountDue;
                    statistics.paid(then, Times.businessDate(step.occurredAt));
                }
                default -> {
                    // applied, approved, disbursed, created by renewal: the disbursement above covers them
                }
            }
        }
    }

    private static boolean isRelief(FinancingHistory step) {
        return step.action == FinancingAction.EXTENDED || step.action == FinancingAction.RESTRUCTURED;
    }

    /**
     * The financing on the day it was paid out: the opening rate and maturity (the receivables' earliest due date, or
     * the renewal's maturity), what was due before any relief, nothing paid yet.
     */
    private static Financing copyAtDisbursement(Financing f, List<FinancingHistory> steps, BigDecimal reliefChanges) {
        FinancingHistory opening = steps.stream()
                .filter(s -> s.action == FinancingAction.APPROVED || s.action == FinancingAction.CREATED_BY_RENEWAL)
                .findFirst()
                .orElseThrow();
        LocalDate maturity =
                opening.action == FinancingAction.CREATED_BY_RENEWAL ? opening.effectiveDate : earliestDueDate(f);
        return f.atDisbursement(f.amountDue.subtract(reliefChanges), opening.annualRate, maturity);
    }

    private static LocalDate earliestDueDate(Financing f) {
        return FinancingService.receivableIdsOf(f).stream()
                .map(id -> Receivable.<Receivable>findById(id).dueDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }
}
