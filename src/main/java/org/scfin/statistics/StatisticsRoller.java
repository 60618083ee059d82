package org.scfin.statistics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scfin.common.CatchUp;
import org.scfin.common.SqlValues;
import org.scfin.database.DatabaseUnreachable;

/**
 * Adds committed ledger deltas into the per-scope sums, set-based, a slice at a time. Rollers (the schedule, every
 * statistics call, other service instances) queue on the {@code stat_roll} row, and a slice takes only committed deltas
 * ({@code SKIP LOCKED} passes over rows of transactions still running), so every delta is added exactly once and a
 * statistics call that rolls first sees every change committed before it.
 */
@ApplicationScoped
public class StatisticsRoller {

    static final int SLICE = 2000;

    /**
     * A fact's scopes, one per slot of {@link #SLOTS}: its supplier's province, prefecture and own region (each once),
     * its bank, chain and chain-bank; null where a slot does not apply.
     */
    static final String SCOPE = "(case s.slot"
            + " when 1 then concat('R', f.province_code)"
            + " when 2 then if(f.prefecture_code is null, null, concat('R', f.prefecture_code))"
            + " when 3 then if(f.region_code = f.province_code or f.region_code = f.prefecture_code, null, concat('R', f.region_code))"
            + " when 4 then concat('B', f.bank_id)"
            + " when 5 then if(f.industrial_chain_id is null, null, concat('C', f.industrial_chain_id))"
            + " else if(f.industrial_chain_id is null, null, concat('C', f.industrial_chain_id, 'B', f.bank_id)) end)";

    private static final String SLOTS =
            "(select 1 as slot union all select 2 union all select 3 union all select 4 union all select 5"
                    + " union all select 6) s";

    /** Where the statements below take the deltas of a slice from: a condition on {@code stat_delta d}. */
    private static final String BATCH = "{batch}";

    private static final String LIVE_SLICE = "d.id in (:ids)";

    /** Each delta of the slice with its fact, once per scope (a fact is reached by its primary key). */
    private static String fromDeltas(String moreJoins) {
        return " from stat_delta d join financing_fact f on f.financing_id = d.financing_id cross join " + SLOTS
                + moreJoins + " where " + BATCH + " and " + SCOPE + " is not null";
    }

    /** The financings the slice disburses (their disbursement delta counts one financing), once per scope. */
    private static String fromNewFinancings(String moreJoins) {
        return fromDeltas(moreJoins) + " and d.financings > 0";
    }

    /**
     * The kinds of member a financing makes: its supplier (S), its core enterprise (C), and its supplier as a borrower
     * through a pre-approved line (L) when the fact names a line.
     */
    private static final String KINDS = " join (select 'S' as kind union all select 'C' union all select 'L') k"
            + " on k.kind <> 'L' or f.credit_line_id is not null";

    private static final String MEMBER_ID = "if(k.kind = 'C', f.core_enterprise_id, f.supplier_id)";

    private static final String ADD_DAYS = "insert into stat_day (scope, stat_day, " + columns() + ")"
            + " select " + SCOPE + ", d.stat_day, "
            + Arrays.stream(Measure.values()).map(Measure::aggregateOfDeltas).collect(Collectors.joining(", "))
            + fromDeltas("") + " group by 1, 2"
            + " on duplicate key update "
            + Arrays.stream(Measure.values()).map(m -> m.merge("stat_day")).collect(Collectors.joining(", "));

    // assignments run left to right, so first_on moves last
    private static final String ADD_MEMBERS =
            "insert into stat_member (scope, member_kind, member_id, first_on, credit_white_at_first, size_class)"
                    + " select " + SCOPE + ", k.kind, " + MEMBER_ID + ", f.disbursed_on, f.credit_white, f.size_class"
                    + fromNewFinancings(KINDS)
                    + " on duplicate key update"
                    + " stat_member.credit_white_at_first = if(values(first_on) < stat_member.first_on, values(credit_white_at_first),"
                    + " stat_member.credit_white_at_first),"
                    + " stat_member.size_class = if(values(first_on) < stat_member.first_on, values(size_class), stat_member.size_class),"
                    + " stat_member.first_on = least(stat_member.first_on, values(first_on))";

    /**
     * Each new financing once per calendar period it falls in: its year, quarter and month ({@code p.kind} Y, Q, M).
     */
    private static final String PERIODS =
            " cross join (select 'Y' as kind union all select 'Q' union all select 'M') p";

    /**
     * In the columns' character set: computed text comes out in the connection's (utf8mb4), and comparing an ascii key
     * column with utf8mb4 converts the column, so the member lookup of {@link #COUNT_NEW_MEMBER_PERIODS} would use only
     * the key's first two parts and read every member of the scope (a province's, for each new member).
     */
    private static final String PERIOD_KEY = "convert(case p.kind"
            + " when 'Y' then " + StatisticsQueries.periodKey("f.disbursed_on", Granularity.YEAR)
            + " when 'Q' then " + StatisticsQueries.periodKey("f.disbursed_on", Granularity.QUARTER)
            + " else " + StatisticsQueries.periodKey("f.disbursed_on", Granularity.MONTH) + " end using ascii)";

    /** Before the members are added: how many of the slice's members are new to each scope and period. */
    private static final String COUNT_NEW_MEMBER_PERIODS =
            "insert into stat_period_members (scope, member_kind, period, members)"
                    + " select x.scope, x.member_kind, x.period, count(*) from (select distinct " + SCOPE
                    + " as scope, k.kind as member_kind, "
                    + PERIOD_KEY + " as period, " + MEMBER_ID + " as member_id" + fromNewFinancings(KINDS + PERIODS)
                    + ") x"
                    + " where not exists (select 1 from stat_member_period q where q.scope = x.scope and q.member_kind = x.member_kind"
                    + " and q.period = x.period and q.member_id = x.member_id) group by x.scope, x.member_kind, x.period"
                    + " on duplicate key update members = members + values(members)";

    private static final String ADD_MEMBER_PERIODS =
            "insert ignore into stat_member_period (scope, member_kind, period, member_id,"
                    + " credit_white_at_first, size_class)"
                    + " select distinct " + SCOPE + ", k.kind, " + PERIOD_KEY + ", " + MEMBER_ID
                    + ", m.credit_white_at_first, m.size_class"
                    + fromNewFinancings(KINDS + PERIODS + " join stat_member m on m.scope = " + SCOPE
                            + " and m.member_kind = k.kind and m.member_id = " + MEMBER_ID);

    /**
     * Suppliers (S, or L as borrowers through lines) of the slice whose first financing in a scope is now earlier than
     * the one counted so far, with other flags: history imported after later financings. Their period rows must take
     * the new flags.
     */
    private static final String FIRSTS_MOVED = "select distinct " + SCOPE + ", k.kind, f.supplier_id"
            + fromNewFinancings(KINDS + " join stat_member m on m.scope = " + SCOPE
                    + " and m.member_kind = k.kind and m.member_id = f.supplier_id")
            + " and k.kind <> 'C' and f.disbursed_on < m.first_on"
            + " and (f.credit_white <> m.credit_white_at_first or f.size_class <> m.size_class)";

    private static final String SYNC_PERIOD_FLAGS =
            "update stat_member_period p join stat_member m on m.scope = p.scope"
                    + " and m.member_kind = p.member_kind and m.member_id = p.member_id"
                    + " set p.credit_white_at_first = m.credit_white_at_first, p.size_class = m.size_class"
                    + " where p.scope = :scope and p.member_kind = :kind and p.member_id = :supplier and p.period in (:periods)";

    private static final String ADD_HOURS = "insert into stat_hours (scope, stat_day, hours, financings)"
            + " select " + SCOPE + ", f.disbursed_on, round(f.hours_to_disbursement, 1), count(*)"
            + fromNewFinancings("")
            + " group by 1, 2, 3 on duplicate key update stat_hours.financings = stat_hours.financings + values(financings)";

    private static final String ADD_HOURS_MONTHS = "insert into stat_hours_month (scope, period, hours, financings)"
            + " select " + SCOPE + ", date_format(f.disbursed_on, '%Y-%m'), round(f.hours_to_disbursement, 1), count(*)"
            + fromNewFinancings("") + " group by 1, 2, 3"
            + " on duplicate key update stat_hours_month.financings = stat_hours_month.financings + values(financings)";

    private static final String MARK_COUNTED =
            "update financing_fact f join stat_delta d on d.financing_id = f.financing_id"
                    + " set f.counted = true where " + BATCH + " and d.financings > 0";

    private static final String MARK_ROLLED = "update stat_delta d set d.pending = null where " + BATCH;

    private static final List<String> ROLL = List.of(
            ADD_DAYS,
            ADD_MEMBERS,
            COUNT_NEW_MEMBER_PERIODS,
            ADD_MEMBER_PERIODS,
            ADD_HOURS,
            ADD_HOURS_MONTHS,
            MARK_COUNTED,
            MARK_ROLLED);
    private static final List<String> LIVE = rollStatements(LIVE_SLICE);

    private static final String PENDING = "select id from stat_delta where pending = 1 limit 1";

    @Inject
    EntityManager em;

    /** The schedule's tick leaves the work to a roller that is already at it (another instance, a statistics call). */
    @Scheduled(
            every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseUnreachable.class)
    void onSchedule() {
        CatchUp.run(em, PENDING, SLICE, () -> rollSlice(false));
    }

    /** Rolls everything committed so far, waiting for a roller already at work; returns how many deltas it added. */
    public int rollPending() {
        return CatchUp.run(em, PENDING, SLICE, () -> rollSlice(true));
    }

    private int rollSlice(boolean wait) {
        if (em.createNativeQuery(
                        "select rolled from stat_roll where name = 'stat' for update" + (wait ? "" : " skip locked"))
                .getResultList()
                .isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select id from stat_delta where pending = 1 order by id limit " + SLICE
                        + " for update skip locked")
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> moved = em.createNativeQuery(FIRSTS_MOVED.replace(BATCH, LIVE_SLICE))
                .setParameter("ids", ids)
                .getResultList();
        for (String statement : LIVE) {
            em.createNativeQuery(statement).setParameter("ids", ids).executeUpdate();
        }
        // a literal's kind comes back as a Character
        moved.forEach(row -> syncPeriodFlags((String) row[0], String.valueOf(row[1]), (String) row[2]));
        em.createNativeQuery("update stat_roll set rolled = rolled + ?1 where name = 'stat'")
                .setParameter(1, ids.size())
                .executeUpdate();
        return ids.size();
    }

    /**
     * Gives a supplier's period rows of {@code kind} (S or L) in a scope its current first-financing flags; the periods
     * come from its facts (those through a line, for L).
     */
    private void syncPeriodFlags(String scope, String kind, String supplierId) {
        @SuppressWarnings("unchecked")
        List<Object> days = em.createNativeQuery("select distinct f.disbursed_on from financing_fact f cross join "
                        + SLOTS + " where f.supplier_id = :supplier and f.counted and " + SCOPE + " = :scope"
                        + " and (:kind = 'S' or f.credit_line_id is not null)")
                .setParameter("supplier", supplierId)
                .setParameter("scope", scope)
                .setParameter("kind", kind)
                .getResultList();
        Set<String> periods = new TreeSet<>();
        for (Object day : days) {
            LocalDate d = SqlValues.date(day);
            periods.add(Integer.toString(d.getYear()));
            periods.add(d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3));
            periods.add(YearMonth.from(d).toString());
        }
        if (!periods.isEmpty()) {
            em.createNativeQuery(SYNC_PERIOD_FLAGS)
                    .setParameter("scope", scope)
                    .setParameter("kind", kind)
                    .setParameter("supplier", supplierId)
                    .setParameter("periods", periods)
                    .executeUpdate();
        }
    }

    /**
     * The statements that add the pending deltas matching {@code slice} (a condition on {@code stat_delta d}) into the
     * sums and mark them rolled, in order. Run them in one transaction that holds the {@code stat_roll} row, as every
     * roller does; the first financing of a supplier that moves earlier with other flags needs its period rows synced
     * as well (see {@link #FIRSTS_MOVED}). The scheduled roller runs them by slices of ids; a bulk load may run them by
     * a range of financings.
     */
    public static List<String> rollStatements(String slice) {
        return ROLL.stream().map(sql -> sql.replace(BATCH, slice)).toList();
    }

    private static String columns() {
        return Arrays.stream(Measure.values()).map(m -> m.column).collect(Collectors.joining(", "));
    }
}
