package org.scfin.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.scfin.common.Jdbc;
import org.scfin.common.Money;
import org.scfin.common.SqlValues;
import org.scfin.common.Times;
import org.scfin.enterprise.CoreEnterprise;
import org.scfin.enterprise.Supplier;
import org.scfin.region.Region;

/**
 * Turns each financing change into a fact row and ledger deltas, inside the financing's own transaction (so a change
 * and its statistics commit or roll back together). It only inserts, apart from the financing's own fact row, which the
 * caller's lock on the financing already serialises: no two financings ever wait for each other here.
 */
@ApplicationScoped
public class StatisticsRecorder {

    private static final Logger LOG = Logger.getLogger(StatisticsRecorder.class);

    /**
     * A disbursed financing as statistics see it; {@code lpr1y} and {@code regionalAverage} are null when none was in
     * force, {@code creditLineId} when it was not lent through a pre-approved line.
     */
    public record Disbursement(
            String financingId,
            boolean renewal,
            String supplierId,
            String coreEnterpriseId,
            String bankId,
            String creditLineId,
            String supplierRegionCode,
            Instant appliedAt,
            Instant disbursedAt,
            LocalDate maturityDate,
            BigDecimal principal,
            BigDecimal annualRate,
            BigDecimal lpr1y,
            BigDecimal regionalAverage) {}

    /** Off only to measure what keeping statistics costs the financing path (scripts/bench-stats). */
    @ConfigProperty(name = "scf.statistics.record", defaultValue = "true")
    boolean enabled;

    @Inject
    EntityManager em;

    /** Whether changes are being recorded; a backfill waits while they are not. */
    public boolean recording() {
        return enabled;
    }

    /** Whether the financing's disbursement has been recorded. */
    public boolean hasFact(String financingId) {
        return FinancingFact.findById(financingId) != null;
    }

    /** A new financing paid out (live or imported), counted on its disbursement date. */
    public void disbursed(Disbursement d) {
        if (!enabled) {
            return;
        }
        FinancingFact fact = factOf(d);
        fact.persist();
        LocalDate day = fact.disbursedOn;
        BigDecimal p = fact.principal;
        Delta delta = new Delta(d.financingId(), day).add(Measure.PRINCIPAL_OUT, p);
        if (d.renewal()) {
            delta.add(Measure.RENEWALS, 1).add(Measure.RENEWALS_AMOUNT, p);
        } else {
            BigDecimal r = fact.annualRate;
            delta.add(Measure.FINANCINGS, 1)
                    .add(Measure.AMOUNT, p)
                    .add(Measure.RATE_X_AMOUNT, r.multiply(p))
                    .set(Measure.MIN_RATE, r)
                    .set(Measure.MAX_RATE, r)
                    .add(Measure.HOURS_SUM, fact.hoursToDisbursement)
                    .add(Measure.HOURS_COUNT, 1);
            if (d.regionalAverage() != null) {
                delta.add(Measure.REFERENCE_AMOUNT, p)
                        .add(Measure.REFERENCE_RATE_X_AMOUNT, r.multiply(p))
                        .add(Measure.REFERENCE_X_AMOUNT, d.regionalAverage().multiply(p));
            }
            if (d.lpr1y() != null) {
                delta.add(Measure.LPR_AMOUNT, p)
                        .add(Measure.LPR_RATE_X_AMOUNT, r.multiply(p))
                        .add(Measure.LPR_X_AMOUNT, d.lpr1y().multiply(p));
            }
            if (fact.chainLeader) {
                delta.add(Measure.LEADER_FINANCINGS, 1).add(Measure.LEADER_AMOUNT, p);
            }
        }
        delta.insert(em);
        new Delta(d.financingId(), fact.maturityDate)
                .add(Measure.MATURED_PRINCIPAL, p)
                .insert(em);
    }

    /**
     * A payment (or a closing by renewal) that leaves {@code principalOutstanding} of the principal unpaid. The repaid
     * principal counts on {@code paidOn}; for the overdue balance it counts on the maturity when paid by then, and on
     * the day paid when late.
     */
    public void repaid(String financingId, BigDecimal principalOutstanding, LocalDate paidOn) {
        if (!enabled) {
            return;
        }
        FinancingFact fact = factOf(financingId);
        if (fact == null) {
            return;
        }
        BigDecimal repaid = fact.principalOutstanding.subtract(principalOutstanding.min(fact.principalOutstanding));
        if (repaid.signum() == 0) {
            return;
        }
        fact.principalOutstanding = fact.principalOutstanding.subtract(repaid);
        Delta onPayment = new Delta(financingId, paidOn).add(Measure.PRINCIPAL_IN, repaid);
        if (paidOn.isAfter(fact.maturityDate)) {
            onPayment.add(Measure.REPAID_LATE, repaid);
        } else {
            new Delta(financingId, fact.maturityDate)
                    .add(Measure.REPAID_BY_MATURITY, repaid)
                    .insert(em);
        }
        onPayment.insert(em);
    }

    /** An extension or restructuring of {@code principal} on {@code day}, to a new maturity. */
    public void relieved(
            String financingId, boolean restructuring, LocalDate day, BigDecimal principal, LocalDate newMaturity) {
        if (!enabled || factOf(financingId) == null) {
            return;
        }
        new Delta(financingId, day)
                .add(restructuring ? Measure.RESTRUCTURINGS : Measure.EXTENSIONS, 1)
                .add(restructuring ? Measure.RESTRUCTURINGS_AMOUNT : Measure.EXTENSIONS_AMOUNT, principal)
                .insert(em);
        moveMaturity(financingId, newMaturity);
    }

    /**
     * The overdue balance counts a financing's principal from the day after its maturity. A new maturity (always after
     * today, so after every payment so far) takes back what was booked on the old maturity and on late payment days,
     * and books the principal and everything repaid so far on the new one.
     */
    private void moveMaturity(String financingId, LocalDate newMaturity) {
        FinancingFact fact = FinancingFact.findById(financingId);
        if (fact.maturityDate.equals(newMaturity)) {
            return;
        }
        List<Object[]> booked = Jdbc.query(
                em,
                "select stat_day, sum(matured_principal), sum(repaid_by_maturity), sum(repaid_late)"
                        + " from stat_delta where financing_id = ? group by stat_day",
                financingId);
        for (Object[] row : booked) {
            new Delta(financingId, SqlValues.date(row[0]))
                    .add(Measure.MATURED_PRINCIPAL, ((BigDecimal) row[1]).negate())
                    .add(Measure.REPAID_BY_MATURITY, ((BigDecimal) row[2]).negate())
                    .add(Measure.REPAID_LATE, ((BigDecimal) row[3]).negate())
                    .insert(em);
        }
        new Delta(financingId, newMaturity)
                .add(Measure.MATURED_PRINCIPAL, fact.principal)
                .add(Measure.REPAID_BY_MATURITY, fact.principal.subtract(fact.principalOutstanding))
                .insert(em);
        fact.maturityDate = newMaturity;
    }

    /**
     * The fact of a financing, or null (logged) for one disbursed without statistics: before they existed, or while
     * recording was off. Its changes then leave the figures alone rather than fail the change itself.
     */
    private static FinancingFact factOf(String financingId) {
        FinancingFact fact = FinancingFact.findById(financingId);
        if (fact == null) {
            LOG.warnf("financing %s has no statistics fact; its change is not counted", financingId);
        }
        return fact;
    }

    private static FinancingFact factOf(Disbursement d) {
        Supplier supplier = Supplier.findById(d.supplierId());
        CoreEnterprise core = CoreEnterprise.findById(d.coreEnterpriseId());
        Region region = Region.findById(d.supplierRegionCode());
        FinancingFact fact = new FinancingFact();
        fact.financingId = d.financingId();
        fact.renewal = d.renewal();
        fact.supplierId = d.supplierId();
        fact.coreEnterpriseId = d.coreEnterpriseId();
        fact.bankId = d.bankId();
        fact.creditLineId = d.creditLineId();
        fact.industrialChainId = core.industrialChainId;
        fact.chainLeader = core.chainLeader && core.industrialChainId != null;
        fact.provinceCode = region.provinceCode;
        fact.prefectureCode = region.prefectureCode;
        fact.regionCode = region.code;
        fact.sizeClass = supplier.sizeClass.name();
        fact.creditWhite = supplier.creditWhite;
        fact.disbursedOn = Times.businessDate(d.disbursedAt());
        fact.maturityDate = d.maturityDate();
        fact.principal = d.principal();
        fact.principalOutstanding = d.principal();
        fact.annualRate = d.annualRate();
        fact.hoursToDisbursement =
                d.renewal() ? Money.ZERO.amount() : Times.hoursBetween(d.appliedAt(), d.disbursedAt());
        return fact;
    }
}
