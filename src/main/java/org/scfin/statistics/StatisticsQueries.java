package org.scfin.statistics;

import static org.scfin.common.SqlValues.longOrZero;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scfin.common.Money;
import org.scfin.enterprise.IndustrialChain;
import org.scfin.region.Region;
import org.scfin.statistics.Figures.Volume;

/**
 * The SQL behind the statistics: sums per scope and day, members for distinct counts, the hours histograms, balances
 * and coverage. The sums, members and histograms are ranges of one scope's rows in primary-key order; only a range that
 * is not a calendar period asks each member of the scope about its own facts.
 */
@ApplicationScoped
class StatisticsQueries {

    /** Distinct members of a scope in a period, with the inclusion counts of suppliers. */
    record Members(long count, long creditWhite, long micro, long small, long medium) {
        static final Members NONE = new Members(0, 0, 0, 0, 0);
    }

    enum Kind {
        SUPPLIER("S", "supplier_id", ""),
        CORE_ENTERPRISE("C", "core_enterprise_id", ""),
        /** A supplier as a borrower through a pre-approved line: only its financings through a line make it one. */
        LINE_BORROWER("L", "supplier_id", " and f.credit_line_id is not null");

        final String code;
        final String factColumn;

        /** What else a fact {@code f} must be to make its member one of this kind. */
        final String factCondition;

        Kind(String code, String factColumn, String factCondition) {
            this.code = code;
            this.factColumn = factColumn;
            this.factCondition = factCondition;
        }
    }

    private static final String MEMBER_COUNTS =
            "count(*), coalesce(sum(m.credit_white_at_first), 0), coalesce(sum(m.size_class = 'MICRO'), 0),"
                    + " coalesce(sum(m.size_class = 'SMALL'), 0), coalesce(sum(m.size_class = 'MEDIUM'), 0)";

    /** A fact lies in the scope of member row m. */
    private static final String FACT_IN_SCOPE =
            "(m.scope in (concat('R', f.province_code), concat('R', f.prefecture_code),"
                    + " concat('R', f.region_code), concat('B', f.bank_id), concat('C', f.industrial_chain_id),"
                    + " concat('C', f.industrial_chain_id, 'B', f.bank_id)))";

    @Inject
    EntityManager em;

    /** Every measure; the headline volume alone (what children, series and a chain's banks show). */
    static final List<Measure> ALL = List.of(Measure.values());

    static final List<Measure> VOLUME = List.of(Measure.FINANCINGS, Measure.AMOUNT);

    /** The volume and what went through the chain leaders: a chain's line among a region's chains. */
    static final List<Measure> CHAIN_VOLUME =
            List.of(Measure.FINANCINGS, Measure.AMOUNT, Measure.LEADER_FINANCINGS, Measure.LEADER_AMOUNT);

    /** Sums of {@code measures} over the period for each scope. */
    Map<String, Sums> sums(Collection<String> scopes, LocalDate from, LocalDate to, List<Measure> measures) {
        return grouped("scope", "scope in (:scopes)", Map.of("scopes", scopes, "from", from, "to", to), measures);
    }

    Sums sums(String scope, LocalDate from, LocalDate to) {
        return sums(List.of(scope), from, to, ALL).getOrDefault(scope, Sums.NONE);
    }

    /** The volume per calendar period of one granularity (keys as {@link Period#key()}). */
    Map<String, Sums> volumeBy(String scope, Granularity granularity, LocalDate from, LocalDate to) {
        return grouped(
                periodKey("stat_day", granularity),
                "scope = :scope",
                Map.of("scope", scope, "from", from, "to", to),
                VOLUME);
    }

    /** The volume of each bank within a chain over the period, by bank id. */
    Map<String, Sums> chainBanks(String chainId, LocalDate from, LocalDate to) {
        String prefix = Scope.chain(chainId) + "B";
        return grouped(
                "substr(scope, " + (prefix.length() + 1) + ")",
                "scope like :prefix",
                Map.of("prefix", prefix + "%", "from", from, "to", to),
                VOLUME);
    }

    /**
     * Sums of {@code measures} over the days from :from to :to of the rows matching {@code where}, grouped by
     * {@code key}.
     */
    private Map<String, Sums> grouped(
            String key, String where, Map<String, Object> parameters, List<Measure> measures) {
        var query = em.createNativeQuery("select " + key + " as grp, "
                + measures.stream().map(Measure::aggregate).collect(Collectors.joining(", "))
                + " from stat_day where " + where + " and stat_day between :from and :to group by grp");
        parameters.forEach(query::setParameter);
        Map<String, Sums> result = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
            for (int i = 0; i < measures.size(); i++) {
                Object v = columns[i + 1];
                if (v != null) {
                    values.put(measures.get(i), v instanceof BigDecimal b ? b : new BigDecimal(v.toString()));
                }
            }
            result.put((String) columns[0], new Sums(values));
        }
        return result;
    }

    /**
     * Distinct members financed in the period for each scope. A calendar period counts its ready rows, or without the
     * inclusion counts ({@code inclusion} false) reads the roller's count, one row per scope; any other range asks, for
     * each member ever financed in the scope, whether it was financed in the range (one short index range each).
     */
    Map<String, Members> members(Collection<String> scopes, Kind kind, Period period, boolean inclusion) {
        // a calendar period's rows carry the members' first-financing flags, so it reads nothing else
        String calendar = inclusion
                ? "select p.scope, " + MEMBER_COUNTS.replace("m.", "p.") + " from stat_member_period p"
                        + " where p.scope in (:scopes) and p.member_kind = :kind and p.period = :period group by p.scope"
                : "select p.scope, p.members, 0, 0, 0, 0 from stat_period_members p"
                        + " where p.scope in (:scopes) and p.member_kind = :kind and p.period = :period";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = period.key() != null
                ? em.createNativeQuery(calendar)
                        .setParameter("scopes", scopes)
                        .setParameter("kind", kind.code)
                        .setParameter("period", period.key())
                        .getResultList()
                : em.createNativeQuery(
                                "select m.scope, " + MEMBER_COUNTS + " from stat_member m where m.scope in (:scopes)"
                                        + " and m.member_kind = :kind and m.first_on <= :to and exists (select 1 from financing_fact f where f."
                                        + kind.factColumn
                                        + " = m.member_id and f.disbursed_on between :from and :to and f.counted"
                                        + kind.factCondition + " and " + FACT_IN_SCOPE + ") group by m.scope")
                        .setParameter("scopes", scopes)
                        .setParameter("kind", kind.code)
                        .setParameter("from", period.from())
                        .setParameter("to", period.to())
                        .getResultList();
        Map<String, Members> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put(
                    (String) row[0],
                    new Members(
                            longOrZero(row[1]),
                            longOrZero(row[2]),
                            longOrZero(row[3]),
                            longOrZero(row[4]),
                            longOrZero(row[5])));
        }
        return result;
    }

    Members members(String scope, Kind kind, Period period, boolean inclusion) {
        return members(List.of(scope), kind, period, inclusion).getOrDefault(scope, Members.NONE);
    }

    /** Distinct members per calendar period of one granularity: the roller's counts, one row per period. */
    Map<String, Long> membersBy(String scope, Kind kind, Collection<String> periodKeys) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select period, members from stat_period_members where scope = :scope"
                                + " and member_kind = :kind and period in (:periods)")
                .setParameter("scope", scope)
                .setParameter("kind", kind.code)
                .setParameter("periods", periodKeys)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> longOrZero(r[1])));
    }

    /**
     * The median hours to disbursement in the period (to a tenth of an hour, the middle two averaged), or null. Whole
     * calendar months read the monthly histogram and only the days outside them the daily one, so a year reads at most
     * 12 months of buckets however many financings it holds.
     */
    BigDecimal medianHours(String scope, LocalDate from, LocalDate to) {
        List<String> months = new ArrayList<>();
        LocalDate firstFull = null;
        LocalDate lastFull = null;
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            if (!m.atDay(1).isBefore(from) && !m.atEndOfMonth().isAfter(to)) {
                months.add(m.toString());
                firstFull = firstFull == null ? m.atDay(1) : firstFull;
                lastFull = m.atEndOfMonth();
            }
        }
        TreeMap<BigDecimal, Long> histogram = new TreeMap<>();
        if (months.isEmpty()) {
            addDays(histogram, scope, from, to);
        } else {
            addRows(
                    histogram,
                    em.createNativeQuery("select hours, sum(financings) from stat_hours_month where scope = :scope"
                                    + " and period in (:months) group by hours")
                            .setParameter("scope", scope)
                            .setParameter("months", months));
            if (from.isBefore(firstFull)) {
                addDays(histogram, scope, from, firstFull.minusDays(1));
            }
            if (to.isAfter(lastFull)) {
                addDays(histogram, scope, lastFull.plusDays(1), to);
            }
        }
        return median(histogram);
    }

    private void addDays(TreeMap<BigDecimal, Long> histogram, String scope, LocalDate from, LocalDate to) {
        addRows(
                histogram,
                em.createNativeQuery("select hours, sum(financings) from stat_hours where scope = :scope"
                                + " and stat_day between :from and :to group by hours")
                        .setParameter("scope", scope)
                        .setParameter("from", from)
                        .setParameter("to", to));
    }

    @SuppressWarnings("unchecked")
    private static void addRows(TreeMap<BigDecimal, Long> histogram, Query query) {
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            histogram.merge((BigDecimal) row[0], longOrZero(row[1]), Long::sum);
        }
    }

    /** The middle value of a histogram (the mean of the middle two when the count is even), or null when empty. */
    static BigDecimal median(TreeMap<BigDecimal, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        // the values at 1-based positions lower and upper; equal when the count is odd
        long lower = (total + 1) / 2;
        long upper = total / 2 + 1;
        BigDecimal lowerValue = null;
        long seen = 0;
        for (var bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (lowerValue == null && seen >= lower) {
                lowerValue = bucket.getKey();
            }
            if (seen >= upper) {
                return lowerValue.add(bucket.getKey()).divide(BigDecimal.valueOf(2), 2, RoundingMode.UNNECESSARY);
            }
        }
        throw new IllegalStateException("histogram shorter than its count");
    }

    /** Principal outstanding and overdue at the end of {@code asOf}. */
    BigDecimal[] balances(String scope, LocalDate asOf) {
        Object[] row = (Object[]) em.createNativeQuery("select coalesce(sum(principal_out - principal_in), 0),"
                        + " coalesce(sum(if(stat_day < :asOf, matured_principal - repaid_by_maturity, 0) - repaid_late), 0)"
                        + " from stat_day where scope = :scope and stat_day <= :asOf")
                .setParameter("scope", scope)
                .setParameter("asOf", asOf)
                .getSingleResult();
        return new BigDecimal[] {(BigDecimal) row[0], (BigDecimal) row[1]};
    }

    /** Core enterprises registered in the region's subtree: connected by {@code asOf}, and all. */
    long[] coverage(Region region, LocalDate asOf) {
        Object[] row =
                (Object[]) em.createNativeQuery("select count(*), coalesce(sum(c.connected and (c.connected_on is null"
                                + " or c.connected_on <= :asOf)), 0) from region r join core_enterprise c on c.region_code = r.code where "
                                + subtree(region))
                        .setParameter("code", region.code)
                        .setParameter("asOf", asOf)
                        .getSingleResult();
        return new long[] {longOrZero(row[1]), longOrZero(row[0])};
    }

    /**
     * The region and the regions under it, as a condition on {@code region r} with the parameter :code; by level, so
     * that they are found through one column's index.
     */
    private static String subtree(Region region) {
        return switch (region.level) {
            case 1 -> "r.province_code = :code";
            case 2 -> "r.prefecture_code = :code";
            default -> "r.code = :code";
        };
    }

    /** The codes of the region and of the regions under it. */
    @SuppressWarnings("unchecked")
    List<String> regionCodesUnder(Region region) {
        return em.createNativeQuery("select r.code from region r where " + subtree(region))
                .setParameter("code", region.code)
                .getResultList();
    }

    /** The industrial chains registered in any of {@code regionCodes}. */
    List<IndustrialChain> chainsIn(Collection<String> regionCodes) {
        return IndustrialChain.list("regionCode in ?1", regionCodes);
    }

    /** How many chain-leader enterprises each chain has, by chain id; a chain without any is absent. */
    Map<String, Long> leaderEnterprises(Collection<String> chainIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select industrial_chain_id, count(*) from core_enterprise"
                        + " where industrial_chain_id in (:chains) and chain_leader group by industrial_chain_id")
                .setParameter("chains", chainIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> longOrZero(r[1])));
    }

    /** One bank's financings in a region's subtree over a period. */
    record BankVolume(String bankId, String name, Volume financings) {}

    /**
     * Each bank's financings disbursed from {@code from} to {@code to} to suppliers registered in {@code regionCodes},
     * counted as the region's sums count them: the facts the roller has counted (so no renewal, and only what is in the
     * sums), on their disbursement day. One range of the fact's region index per region code, read from the index
     * alone; the bank names joined to the groups.
     */
    List<BankVolume> banksIn(Collection<String> regionCodes, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select x.bank_id, b.name, x.financings, x.amount, x.suppliers, x.cores"
                                + " from (select f.bank_id, count(*) as financings, sum(f.principal) as amount,"
                                + " count(distinct f.supplier_id) as suppliers, count(distinct f.core_enterprise_id) as cores"
                                + " from financing_fact f where f.region_code in (:regions) and f.disbursed_on between :from and :to"
                                + " and f.counted group by f.bank_id) x join bank b on b.id = x.bank_id")
                .setParameter("regions", regionCodes)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream()
                .map(r -> new BankVolume(
                        (String) r[0],
                        (String) r[1],
                        new Volume(
                                longOrZero(r[2]),
                                Money.of((BigDecimal) r[3]).amount(),
                                longOrZero(r[4]),
                                longOrZero(r[5]))))
                .toList();
    }

    static String periodKey(String column, Granularity granularity) {
        return switch (granularity) {
            case YEAR -> "cast(year(" + column + ") as char)";
            case QUARTER -> "concat(year(" + column + "), '-Q', quarter(" + column + "))";
            case MONTH -> "date_format(" + column + ", '%Y-%m')";
        };
    }
}
