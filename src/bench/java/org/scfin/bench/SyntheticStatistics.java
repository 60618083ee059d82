package org.scfin.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.scfin.statistics.StatisticsRoller;

/**
 * The synthetic data set of {@code scripts/bench-stats}: core enterprises (two per county), 200,000 suppliers spread
 * over every county, ten banks per province, a chain per prefecture, and FINANCINGS financings disbursed over 2024 and
 * 2025 with the statistics facts and ledger deltas a live disbursement writes, all by set-based SQL over JDBC_URL
 * (through the API this would take hours). The service must already run on that database (its migrations applied). The
 * ledger is then rolled with the roller's own statements ({@link StatisticsRoller#rollStatements}), a range of
 * financings per transaction, which is far quicker at this size than the service's slices by id. Every synthetic
 * supplier keeps its flags, so no first financing moves with other flags and no period rows need syncing. Nine in ten
 * financings that matured before mid-2026 were repaid on their maturity day; the rest are still owed (some overdue).
 * Receivables are not generated: statistics do not read them. A database that already holds facts is not loaded again.
 */
public final class SyntheticStatistics {

    static final int SUPPLIERS = 200_000;
    private static final int ROLL_RANGE = 50_000;

    private SyntheticStatistics() {}

    public static void main(String[] args) throws Exception {
        long financings = Long.parseLong(System.getenv().getOrDefault("FINANCINGS", "1000000"));
        Path out = Path.of(System.getenv().getOrDefault("OUT", "target/bench-stats"));
        Database db = new Database(System.getenv("JDBC_URL"));
        long start = System.nanoTime();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if (count(s, "select count(*) from financing_fact") > 0) {
                log("synthetic data already loaded");
            } else {
                load(s, financings, start);
                TableSizes.report(db, financings + "-loaded-0-rolled", out);
            }
        }
        long rollStart = System.nanoTime();
        long rolled = 0;
        Set<Long> samples = samplePoints(financings);
        for (long low = 0; low < financings; low += ROLL_RANGE) {
            long high = Math.min(financings, low + ROLL_RANGE);
            long rangeStart = System.nanoTime();
            long deltas = roll(db, financingId(low), financingId(high));
            rolled += deltas;
            log(
                    "financings %d to %d rolled: %d deltas in %d s",
                    low, high, deltas, (System.nanoTime() - rangeStart) / 1_000_000_000L);
            // a range rolled by an earlier run (KEEP=1 after an interrupted roll) has nothing new to measure
            if (samples.contains(high) && deltas > 0) {
                // the statistics tables of the first `high` financings are those of a data set of that size
                TableSizes.report(db, financings + "-loaded-" + high + "-rolled", out);
            }
        }
        log(
                "%d deltas rolled in %d s; synthetic load took %d s in all",
                rolled, (System.nanoTime() - rollStart) / 1_000_000_000L, (System.nanoTime() - start) / 1_000_000_000L);
    }

    /**
     * Where the roll stops to measure the tables: SAMPLE_AT (financings, comma-separated, multiples of the range), or
     * 100,000, 250,000, 500,000 and every million up to the data set's size.
     */
    private static Set<Long> samplePoints(long financings) {
        String given = System.getenv("SAMPLE_AT");
        Set<Long> points = new TreeSet<>();
        if (given != null && !given.isBlank()) {
            for (String point : given.split(",")) {
                points.add(Long.parseLong(point.trim()));
            }
        } else {
            points.addAll(List.of(100_000L, 250_000L, 500_000L));
            for (long million = 1_000_000; million <= financings; million += 1_000_000) {
                points.add(million);
            }
        }
        points.add(financings);
        return points;
    }

    /** Rolls the pending deltas of the financings with ids in [low, high) in one transaction, as a roller does. */
    private static long roll(Database db, String low, String high) throws SQLException {
        String slice = "d.financing_id >= '" + low + "' and d.financing_id < '" + high + "' and d.pending = 1";
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // a range's distinct members and groups fit in memory instead of spilling to on-disk temporary tables
            s.execute("set session tmp_table_size = 1073741824, max_heap_table_size = 1073741824");
            s.executeQuery("select rolled from stat_roll where name = 'stat' for update")
                    .close();
            long rolled = 0;
            for (String statement : StatisticsRoller.rollStatements(slice)) {
                rolled = s.executeUpdate(statement);
            }
            s.executeUpdate("update stat_roll set rolled = rolled + " + rolled + " where name = 'stat'");
            c.commit();
            return rolled;
        }
    }

    private static void load(Statement s, long financings, long start) throws SQLException {
        for (String sql : masterData()) {
            s.execute(sql);
        }
        log("synthetic master data loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
        long financingsStart = System.nanoTime();
        for (long low = 0; low < financings; low += 1_000_000) {
            long high = Math.min(financings, low + 1_000_000);
            for (String sql : financings(low, high)) {
                s.execute(sql);
            }
            log("synthetic financings %d to %d loaded", low, high);
        }
        for (String table : List.of("bench_f", "bench_n", "bench_digit", "bench_county", "bench_province")) {
            s.execute("drop table if exists " + table);
        }
        log(
                "%d synthetic financings, facts and deltas loaded in %d ms",
                financings, (System.nanoTime() - financingsStart) / 1_000_000);
    }

    private static void log(String format, Object... args) {
        System.err.println("[synthetic] " + String.format(Locale.ROOT, format, args));
    }

    private static String financingId(long n) {
        return "F" + String.format("%012d", n);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> masterData() {
        List<String> sql = new ArrayList<>();
        sql.add("create table bench_digit (d int primary key)");
        sql.add("insert into bench_digit values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
        sql.add(
                "create table bench_n (n int primary key) select a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d"
                        + " + 100000 * g.d as n from bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g");
        sql.add(
                "create table bench_county (k int primary key, code char(6), province_code char(6), prefecture_code char(6))"
                        + " select row_number() over (order by code) - 1 as k, code, province_code, prefecture_code from region where region_level = 3");
        sql.add("create table bench_province (k int primary key, code char(6))"
                + " select row_number() over (order by code) - 1 as k, code from region where region_level = 1");
        String now = "'2026-01-01 00:00:00'";
        sql.add("insert into bank (id, name, credit_code, region_code, bank_type, version, created_at, updated_at)"
                + " select concat('K', p.code, lpad(d.d, 6, '0')), concat('银行', p.code, '-', d.d), concat('93', p.code, lpad(d.d, 10, '0')),"
                + " p.code, 'CITY_COMMERCIAL', 0, " + now + ", " + now
                + " from bench_province p cross join bench_digit d");
        sql.add(
                "insert into industrial_chain (id, name, region_code, leader_bank_id, deputy_leader_bank_id, version, created_at, updated_at)"
                        + " select concat('H', x.prefecture_code, '000000'), concat('产业链', x.prefecture_code), x.prefecture_code,"
                        + " concat('K', x.province_code, '000000'), concat('K', x.province_code, '000001'), 0, " + now
                        + ", " + now
                        + " from (select distinct province_code, prefecture_code from bench_county) x");
        // two core enterprises per county: core n sits in county n div 2; a third belong to their prefecture's chain
        sql.add(
                "insert into core_enterprise (id, name, credit_code, region_code, industrial_chain_id, chain_leader, connected, connected_on,"
                        + " version, created_at, updated_at) select concat('C', lpad(n.n, 12, '0')), concat('核心企业', n.n),"
                        + " concat('91', c.code, lpad(n.n, 10, '0')), c.code, if(n.n % 3 = 0, concat('H', c.prefecture_code, '000000'), null),"
                        + " n.n % 9 = 0, n.n % 5 <> 4, if(n.n % 5 <> 4, '2023-06-01', null), 0, " + now + ", " + now
                        + " from bench_n n join bench_county c on c.k = n.n div 2 where n.n < 2 * (select count(*) from bench_county)");
        sql.add(
                "insert into supplier (id, name, credit_code, region_code, size_class, credit_white, version, created_at, updated_at)"
                        + " select concat('S', lpad(n.n, 12, '0')), concat('供应商', n.n), concat('92', c.code, lpad(n.n, 10, '0')), c.code,"
                        + " case n.n % 3 when 0 then 'MICRO' when 1 then 'SMALL' else 'MEDIUM' end, n.n % 5 = 0, 0, "
                        + now + ", " + now
                        + " from bench_n n join bench_county c on c.k = n.n % (select count(*) from bench_county) where n.n < "
                        + SUPPLIERS);
        // one program per core enterprise, with one of its province's banks
        sql.add(
                "insert into financing_program (id, bank_id, core_enterprise_id, credit_limit, reserved_principal, max_advance_ratio, rate_floor,"
                        + " rate_cap, day_count, interest_mode, valid_from, valid_to, status, version, created_at, updated_at)"
                        + " select concat('P', substr(ce.id, 2)), concat('K', r.province_code, lpad(substr(ce.id, 2) % 10, 6, '0')), ce.id,"
                        + " 100000000000.00, 0, 100, 3.0, 6.0, 'ACT_360', 'UPFRONT', '2023-01-01', '2027-12-31', 'ACTIVE', 0, "
                        + now + ", " + now
                        + " from core_enterprise ce join region r on r.code = ce.region_code");
        return sql;
    }

    /**
     * Financings [low, high): financing i goes to a supplier spread by a multiplicative hash, through one of the two
     * core enterprises of the supplier's county, on a day of 2024-2025, 4 to 72 hours after application, for 60 to 179
     * days.
     */
    private static List<String> financings(long low, long high) {
        List<String> sql = new ArrayList<>();
        String counties = "(select count(*) from bench_county)";
        String i = "(n.n + " + low + ")";
        sql.add("drop table if exists bench_f");
        sql.add(
                "create table bench_f (i bigint primary key, supplier_n int, core_n int, disbursed_on date, hours_tenths int,"
                        + " maturity date, principal decimal(19,2), rate decimal(7,4), settled tinyint)"
                        + " select " + i + " as i, (" + i + " * 7919) % " + SUPPLIERS + " as supplier_n,"
                        + " (((" + i + " * 7919) % " + SUPPLIERS + ") % " + counties + ") * 2 + " + i
                        + " % 2 as core_n,"
                        + " date_add('2024-01-01', interval (" + i + " * 31337) % 731 day) as disbursed_on,"
                        + " 40 + (" + i + " * 13) % 681 as hours_tenths,"
                        + " date_add(date_add('2024-01-01', interval (" + i + " * 31337) % 731 day), interval 60 + " + i
                        + " % 120 day) as maturity,"
                        + " 50000 + (" + i + " * 9973) % 1950000 as principal, 3.5 + ((" + i
                        + " * 37) % 151) / 100 as rate, 0 as settled"
                        + " from bench_n n where n.n < " + (high - low));
        sql.add("update bench_f set settled = 1 where maturity < '2026-06-01' and i % 10 <> 0");
        String disbursedAt =
                "timestamp(date_sub(f.disbursed_on, interval 1 day), '18:00:00')"; // 02:00 in China on disbursed_on
        String appliedAt =
                "timestamp(date_sub(f.disbursed_on, interval 1 day), '18:00:00') - interval f.hours_tenths * 6 minute";
        String paidAt =
                "timestamp(date_sub(f.maturity, interval 1 day), '18:00:00')"; // 02:00 on the maturity day in China
        sql.add(
                "insert into financing (id, program_id, bank_id, core_enterprise_id, supplier_id, supplier_region_code, status, requested_amount,"
                        + " face_value, maturity_date, day_count, interest_mode, advance_ratio, annual_rate, value_date, principal, interest, net_amount,"
                        + " amount_due, settled_amount, spread_lpr_bp, spread_regional_bp, applied_by, applied_at, approved_at, disbursed_at, closed_at,"
                        + " version, created_at, updated_at)"
                        + " select concat('F', lpad(f.i, 12, '0')), p.id, p.bank_id, p.core_enterprise_id, s.id, s.region_code,"
                        + " if(f.settled, 'SETTLED', 'DISBURSED'), f.principal, f.principal, f.maturity, 'ACT_360', 'UPFRONT', 100, f.rate,"
                        + " f.disbursed_on, f.principal, round(f.principal * f.rate * datediff(f.maturity, f.disbursed_on) / 36000, 2),"
                        + " f.principal - round(f.principal * f.rate * datediff(f.maturity, f.disbursed_on) / 36000, 2), f.principal,"
                        + " if(f.settled, f.principal, 0), round((f.rate - 3.1) * 100), round((f.rate - 6.0) * 100), 'bench:synthetic',"
                        + " " + appliedAt + ", " + appliedAt + ", " + disbursedAt + ", if(f.settled, " + paidAt
                        + ", null), 0, " + disbursedAt
                        + ", " + disbursedAt
                        + " from bench_f f join supplier s on s.id = concat('S', lpad(f.supplier_n, 12, '0'))"
                        + " join financing_program p on p.id = concat('P', lpad(f.core_n, 12, '0'))");
        sql.add(
                "insert into financing_fact (financing_id, renewal, counted, supplier_id, core_enterprise_id, bank_id, industrial_chain_id,"
                        + " chain_leader, province_code, prefecture_code, region_code, size_class, credit_white, disbursed_on, maturity_date, principal,"
                        + " principal_outstanding, annual_rate, hours_to_disbursement)"
                        + " select fi.id, false, false, fi.supplier_id, fi.core_enterprise_id, fi.bank_id, ce.industrial_chain_id,"
                        + " ce.chain_leader and ce.industrial_chain_id is not null, r.province_code, r.prefecture_code, r.code, s.size_class,"
                        + " s.credit_white, fi.value_date, fi.maturity_date, fi.principal, if(fi.status = 'SETTLED', 0, fi.principal), fi.annual_rate,"
                        + " round(timestampdiff(second, fi.applied_at, fi.disbursed_at) / 3600, 2)"
                        + " from financing fi join supplier s on s.id = fi.supplier_id join region r on r.code = s.region_code"
                        + " join core_enterprise ce on ce.id = fi.core_enterprise_id"
                        + " where fi.id >= '" + financingId(low) + "' and fi.id < '" + financingId(high) + "'");
        String fact = " from financing_fact x where x.financing_id >= '" + financingId(low) + "' and x.financing_id < '"
                + financingId(high) + "'";
        // the ledger a live disbursement writes (LPR 3.10 and a regional average of 6.00 in force)
        sql.add(
                "insert into stat_delta (id, financing_id, stat_day, pending, financings, amount, rate_x_amount, min_rate, max_rate,"
                        + " reference_amount, reference_rate_x_amount, reference_x_amount, lpr_amount, lpr_rate_x_amount, lpr_x_amount, hours_sum,"
                        + " hours_count, leader_financings, leader_amount, principal_out)"
                        + " select concat('D', substr(x.financing_id, 2)), x.financing_id, x.disbursed_on, 1, 1, x.principal, x.annual_rate * x.principal,"
                        + " x.annual_rate, x.annual_rate, x.principal, x.annual_rate * x.principal, 6.0 * x.principal, x.principal,"
                        + " x.annual_rate * x.principal, 3.1 * x.principal, x.hours_to_disbursement, 1, x.chain_leader, if(x.chain_leader, x.principal, 0),"
                        + " x.principal" + fact);
        // one row on the maturity day: the principal maturing, and what was repaid that day (on time)
        sql.add(
                "insert into stat_delta (id, financing_id, stat_day, pending, matured_principal, repaid_by_maturity, principal_in)"
                        + " select concat('M', substr(x.financing_id, 2)), x.financing_id, x.maturity_date, 1, x.principal,"
                        + " x.principal - x.principal_outstanding, x.principal - x.principal_outstanding" + fact);
        return sql;
    }
}
