package org.scfin.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adds committed ledger deltas into the per-scope sums, set-based, a slice at a time. Rollers (the schedule, every
 * statistics call, other service instances) queue on the {@code stat_roll} row, and a slice takes only committed
 * deltas ({@code SKIP LOCKED} passes over rows of transactions still running), so every delta is added exactly once
 * and a statistics call that rolls first sees every change committed before it.
 */
@ApplicationScoped
public class StatisticsRoller {

    static final int SLICE = 2000;

    /** A fact's scopes: its supplier's province, prefecture and own region (each once), its bank, chain and chain-bank. */
    static final String FACT_SCOPES = "(select f.*, case s.slot"
            + " when 1 then concat('R', f.province_code)"
            + " when 2 then if(f.prefecture_code is null, null, concat('R', f.prefecture_code))"
            + " when 3 then if(f.region_code = f.province_code or f.region_code = f.prefecture_code, null, concat('R', f.region_code))"
            + " when 4 then concat('B', f.bank_id)"
            + " when 5 then if(f.industrial_chain_id is null, null, concat('C', f.industrial_chain_id))"
            + " else if(f.industrial_chain_id is null, null, concat('C', f.industrial_chain_id, 'B', f.bank_id)) end as scope"
            + " from financing_fact f cross join (select 1 as slot union all select 2 union all select 3 union all select 4"
            + " union all select 5 union all select 6) s where f.financing_id in (%s)) x";

    private static final String BATCH_FINANCINGS = "select d.financing_id from stat_delta d where d.id in (:ids)";
    private static final String BATCH_NEW_FINANCINGS = BATCH_FINANCINGS + " and d.financings > 0";

    private static final String ADD_DAYS = "insert into stat_day (scope, stat_day, " + columns() + ")"
            + " select x.scope, d.stat_day, " + Arrays.stream(Measure.values()).map(m -> m.aggregate("d.")).collect(Collectors.joining(", "))
            + " from stat_delta d join " + FACT_SCOPES.formatted(BATCH_FINANCINGS) + " on x.financing_id = d.financing_id"
            + " where d.id in (:ids) and x.scope is not null group by x.scope, d.stat_day"
            + " on duplicate key update " + Arrays.stream(Measure.values()).map(m -> m.merge("stat_day")).collect(Collectors.joining(", "));

    private static final String NEW_MEMBERS = " from " + FACT_SCOPES.formatted(BATCH_NEW_FINANCINGS)
            + " cross join (select 'S' as kind union all select 'C') k where x.scope is not null";

    private static final String MEMBER_ID = "if(k.kind = 'S', x.supplier_id, x.core_enterprise_id)";

    // assignments run left to right, so first_on moves last
    private static final String ADD_MEMBERS = "insert into stat_member (scope, member_kind, member_id, first_on, credit_white_at_first, size_class)"
            + " select x.scope, k.kind, " + MEMBER_ID + ", x.disbursed_on, x.credit_white, x.size_class" + NEW_MEMBERS
            + " on duplicate key update"
            + " stat_member.credit_white_at_first = if(values(first_on) < stat_member.first_on, values(credit_white_at_first),"
            + " stat_member.credit_white_at_first),"
            + " stat_member.size_class = if(values(first_on) < stat_member.first_on, values(size_class), stat_member.size_class),"
            + " stat_member.first_on = least(stat_member.first_on, values(first_on))";

    private static final String ADD_MEMBER_PERIODS = "insert ignore into stat_member_period (scope, member_kind, period, member_id)"
            + " select x.scope, k.kind, case p.kind when 'Y' then cast(year(x.disbursed_on) as char)"
            + " when 'Q' then concat(year(x.disbursed_on), '-Q', quarter(x.disbursed_on)) else date_format(x.disbursed_on, '%Y-%m') end, "
            + MEMBER_ID + NEW_MEMBERS.replace(" where ", " cross join (select 'Y' as kind union all select 'Q' union all select 'M') p where ");

    private static final String ADD_HOURS = "insert into stat_hours (scope, stat_day, hours, financings)"
            + " select x.scope, x.disbursed_on, round(x.hours_to_disbursement, 1), count(*) from "
            + FACT_SCOPES.formatted(BATCH_NEW_FINANCINGS) + " where x.scope is not null group by x.scope, x.disbursed_on, round(x.hours_to_disbursement, 1)"
            + " on duplicate key update stat_hours.financings = stat_hours.financings + values(financings)";

    private static final String MARK_COUNTED = "update financing_fact set counted = true where financing_id in (" + BATCH_NEW_FINANCINGS + ")";

    @Inject
    EntityManager em;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        rollPending();
    }

    /** Rolls everything committed so far; returns how many deltas it added. */
    public int rollPending() {
        // a cheap look first, so that readers queue on the roll row only when there is something to add
        if (QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id from stat_delta where pending = 1 limit 1")
                .getResultList().isEmpty())) {
            return 0;
        }
        int total = 0;
        int rolled;
        do {
            rolled = QuarkusTransaction.requiringNew().call(this::rollSlice);
            total += rolled;
        } while (rolled == SLICE);
        return total;
    }

    private int rollSlice() {
        em.createNativeQuery("select rolled from stat_roll where name = 'stat' for update").getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select id from stat_delta where pending = 1 order by id limit " + SLICE
                + " for update skip locked").getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        for (String statement : List.of(ADD_DAYS, ADD_MEMBERS, ADD_MEMBER_PERIODS, ADD_HOURS, MARK_COUNTED)) {
            em.createNativeQuery(statement).setParameter("ids", ids).executeUpdate();
        }
        em.createNativeQuery("update stat_delta set pending = null where id in (:ids)").setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update stat_roll set rolled = rolled + ?1 where name = 'stat'").setParameter(1, ids.size()).executeUpdate();
        return ids.size();
    }

    private static String columns() {
        return Arrays.stream(Measure.values()).map(m -> m.column).collect(Collectors.joining(", "));
    }
}
