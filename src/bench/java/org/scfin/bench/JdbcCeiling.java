package org.scfin.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.scfin.common.Ids;

/**
 * The database's own ceiling: the writes the service makes, sent straight over JDBC with nothing in between, into
 * copies of the service's tables in a schema of their own on the same server ({@code CREATE TABLE ... LIKE}: same
 * columns and indexes; foreign keys are not copied, which only makes the ceiling higher). Ingestion inserts the same
 * receivable, invoice and event rows in 1,000-row JDBC batches; a financing runs, in three transactions, the locking
 * reads and writes of apply, approve and disburse.
 */
final class JdbcCeiling {

    static final String SCHEMA = "scf_ceiling";
    private static final List<String> COPIED =
            List.of("region", "core_enterprise", "supplier", "financing_program", "reference_rate", "receivable");
    private static final List<String> EMPTY = List.of(
            "receivable_invoice",
            "financing",
            "financing_receivable",
            "financing_history",
            "rate_record",
            "financing_fact",
            "stat_delta",
            "event");

    /** Throughput of one ceiling scenario. */
    record Result(
            int threads, long units, double seconds, double perSecond, Map<String, Latencies.Summary> transactions) {}

    private final Database db;

    JdbcCeiling(Database db) {
        this.db = db;
    }

    /** Fresh copies of the tables, with the reference rows the service's data has (parties, programs, receivables). */
    void prepare() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("create database if not exists " + SCHEMA);
            for (String table : concat(COPIED, EMPTY)) {
                s.execute("drop table if exists " + SCHEMA + "." + table);
                s.execute("create table " + SCHEMA + "." + table + " like " + db.schema + "." + table);
            }
            for (String table : COPIED) {
                s.execute("insert into " + SCHEMA + "." + table + " select * from " + db.schema + "." + table);
            }
        }
    }

    /**
     * Copies the receivables the service was given since {@link #prepare()}, as they stand before the financing load,
     * so the financing ceiling works on the same receivables (the ingestion ceiling's own rows have other ids).
     */
    void copyNewReceivables() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("insert into " + SCHEMA + ".receivable select r.* from " + db.schema
                    + ".receivable r where not exists (select 1 from " + SCHEMA + ".receivable c where c.id = r.id)");
        }
    }

    // ---- ingestion

    /**
     * One round of batch inserts, one thread per core enterprise; {@code round} keeps each round's references apart.
     */
    Result ingest(World world, int batchesPerThread, String round, Latencies latencies) throws InterruptedException {
        List<String> cores = world.cores;
        AtomicLong rows = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(cores.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (String core : cores) {
            threads.add(started(() -> {
                try (Connection c = db.connect(SCHEMA)) {
                    c.setAutoCommit(false);
                    insertBatch(c, world, core, "CW-" + round + "-" + core, 1000);
                    ready.countDown();
                    go.await();
                    for (int b = 0; b < batchesPerThread; b++) {
                        long t0 = System.nanoTime();
                        rows.addAndGet(insertBatch(c, world, core, "C-" + round + "-" + core + "-" + b, 1000));
                        latencies.record("batch of 1,000", System.nanoTime() - t0);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(cores.size(), rows.get(), seconds, rows.get() / seconds, latencies.summaries());
    }

    /** The rounds together: all rows over all measured seconds, with every round's batch latencies. */
    static Result total(List<Result> rounds, Latencies latencies) {
        long rows = rounds.stream().mapToLong(Result::units).sum();
        double seconds = rounds.stream().mapToDouble(Result::seconds).sum();
        return new Result(rounds.get(0).threads(), rows, seconds, rows / seconds, latencies.summaries());
    }

    /**
     * The rows a posted batch writes: the receivables, their invoice claims, one event per supplier. One transaction.
     */
    private static int insertBatch(Connection c, World world, String core, String batch, int size) throws SQLException {
        // bound the way the service binds them (java.time values): the driver formats java.sql dates through
        // SimpleDateFormat
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Map<String, Object>> items = world.batch(core, batch, size);
        List<String> ids = new ArrayList<>(size);
        try (PreparedStatement r = c.prepareStatement(
                        "insert into receivable (id, core_enterprise_id, supplier_id, reference_owner, erp_reference,"
                                + " invoice_numbers, original_amount, amount, currency, issue_date, due_date, status, submitted_by, version, created_at, updated_at)"
                                + " values (?, ?, ?, 'erp', ?, ?, ?, ?, 'CNY', ?, ?, 'CONFIRMED', 'erp', 0, ?, ?)");
                PreparedStatement inv = c.prepareStatement(
                        "insert into receivable_invoice (receivable_id, invoice_number, core_enterprise_id,"
                                + " supplier_id, live_claim) values (?, ?, ?, ?, 1)");
                PreparedStatement ev = c.prepareStatement(
                        "insert into event (id, seq, event_type, subject_type, subject_id, core_enterprise_id,"
                                + " supplier_id, bank_id, payload, occurred_at) values (?, null, 'RECEIVABLES_CONFIRMED', 'receivable', ?, ?, ?, null, ?, ?)")) {
            for (Map<String, Object> item : items) {
                String id = Ids.newId();
                ids.add(id);
                String invoice = ((List<?>) item.get("invoiceNumbers")).get(0).toString();
                r.setString(1, id);
                r.setString(2, core);
                r.setString(3, (String) item.get("supplierId"));
                r.setString(4, (String) item.get("erpReference"));
                r.setString(5, invoice);
                r.setBigDecimal(6, (BigDecimal) item.get("amount"));
                r.setBigDecimal(7, (BigDecimal) item.get("amount"));
                r.setObject(8, LocalDate.parse((String) item.get("issueDate")));
                r.setObject(9, LocalDate.parse((String) item.get("dueDate")));
                r.setObject(10, now);
                r.setObject(11, now);
                r.addBatch();
                inv.setString(1, id);
                inv.setString(2, invoice);
                inv.setString(3, core);
                inv.setString(4, (String) item.get("supplierId"));
                inv.addBatch();
            }
            r.executeBatch();
            inv.executeBatch();
            int suppliers = world.suppliers.size();
            for (int s = 0; s < Math.min(suppliers, size); s++) {
                List<String> ofSupplier = new ArrayList<>();
                for (int i = s; i < size; i += suppliers) {
                    ofSupplier.add(ids.get(i));
                }
                ev.setString(1, Ids.newId());
                ev.setString(2, ofSupplier.get(0));
                ev.setString(3, core);
                ev.setString(4, world.suppliers.get(s));
                ev.setString(5, "{\"receivableIds\":" + Client.JSON.valueToTree(ofSupplier) + ",\"totalAmount\":0}");
                ev.setObject(6, now);
                ev.addBatch();
            }
            ev.executeBatch();
        }
        c.commit();
        return size;
    }

    // ---- financing

    /** {@code threads} closed-loop workers for {@code seconds}, each path three transactions on one receivable. */
    Result financing(World world, List<World.Owned> receivables, int threads, int seconds) throws InterruptedException {
        ConcurrentLinkedQueue<World.Owned> queue = new ConcurrentLinkedQueue<>(receivables);
        Latencies latencies = new Latencies();
        AtomicLong paths = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(started(() -> {
                try (Connection c = db.connect(SCHEMA)) {
                    c.setAutoCommit(false);
                    long n = 0;
                    World.Owned r;
                    while (System.nanoTime() < end && (r = queue.poll()) != null) {
                        World.Program program = world.programFor(r, worker + n++ * threads);
                        long t0 = System.nanoTime();
                        String financing = apply(c, program, r, world.today);
                        long t1 = System.nanoTime();
                        approve(c, financing, world.today);
                        long t2 = System.nanoTime();
                        disburse(c, financing);
                        long t3 = System.nanoTime();
                        latencies.record("apply", t1 - t0);
                        latencies.record("approve", t2 - t1);
                        latencies.record("disburse", t3 - t2);
                        paths.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(threads, paths.get(), elapsed, paths.get() / elapsed, latencies.summaries());
    }

    private static Thread started(Runnable body) {
        Thread t = new Thread(body, "bench-ceiling");
        t.start();
        return t;
    }

    private static String apply(Connection c, World.Program program, World.Owned r, LocalDate today)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String id = Ids.newId();
        query(
                c,
                "select id, bank_id, core_enterprise_id, credit_limit, reserved_principal, max_advance_ratio, rate_floor, rate_cap, day_count,"
                        + " interest_mode, valid_from, valid_to, status from financing_program where id = ?",
                program.id());
        Map<String, Object> receivable = query(
                c,
                "select id, supplier_id, amount, due_date, status from receivable where id = ? for update",
                r.receivableId());
        Object face = receivable.get("amount");
        Object due = receivable.get("due_date");
        query(
                c,
                "select financing_id from financing_receivable where receivable_id = ? and live_claim = 1",
                r.receivableId());
        Map<String, Object> supplier = query(c, "select region_code from supplier where id = ?", r.supplierId());
        update(
                c,
                "insert into financing (id, program_id, bank_id, core_enterprise_id, supplier_id, supplier_region_code, status, requested_amount,"
                        + " face_value, maturity_date, day_count, interest_mode, settled_amount, applied_by, applied_at, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'APPLIED', 9000.00, ?, ?, 'ACT_360', 'UPFRONT', 0.00, ?, ?, 0, ?, ?)",
                id,
                program.id(),
                program.bankId(),
                program.coreId(),
                r.supplierId(),
                supplier.get("region_code"),
                face,
                due,
                "supplier:" + r.supplierId(),
                now,
                now,
                now);
        update(
                c,
                "insert into financing_receivable (financing_id, receivable_id, face_amount, live_claim) values (?, ?, ?, 1)",
                id,
                r.receivableId(),
                face);
        history(c, id, "APPLIED", "APPLIED", new BigDecimal("9000.00"), now);
        event(c, id, "FINANCING_APPLIED", program, null, now);
        c.commit();
        return id;
    }

    private static void approve(Connection c, String id, LocalDate today) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Object> f = query(c, "select * from financing where id = ? for update", id);
        String programId = (String) f.get("program_id");
        String region = (String) f.get("supplier_region_code");
        query(c, "select * from financing_program where id = ? for update", programId);
        query(
                c,
                "select rate_type, scope, rate from reference_rate where (rate_type = 'LPR_1Y' and scope = '000000' or rate_type ="
                        + " 'REGIONAL_SME_AVERAGE' and scope in (?, ?, ?)) and effective_from <= ? order by effective_from desc",
                region,
                region.substring(0, 4) + "00",
                region.substring(0, 2) + "0000",
                Date.valueOf(today));
        BigDecimal principal = new BigDecimal("9000.00");
        BigDecimal interest = principal
                .multiply(new BigDecimal("0.04"))
                .multiply(BigDecimal.valueOf(120))
                .divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
        update(
                c,
                "insert into rate_record (id, financing_id, bank_id, region_code, kind, rate_date, annual_rate, principal, created_at)"
                        + " values (?, ?, ?, ?, 'APPROVAL', ?, 4.0000, ?, ?)",
                Ids.newId(),
                id,
                f.get("bank_id"),
                region,
                Date.valueOf(today),
                principal,
                now);
        history(c, id, "APPROVED", "APPROVED", principal, now);
        event(c, id, "FINANCING_APPROVED", null, f, now);
        update(
                c,
                "update financing set status = 'APPROVED', advance_ratio = 90.00, annual_rate = 4.0000, value_date = ?, principal = ?,"
                        + " interest = ?, net_amount = ?, amount_due = ?, approved_at = ?, version = version + 1, updated_at = ? where id = ?",
                Date.valueOf(today),
                principal,
                interest,
                principal.subtract(interest),
                principal,
                now,
                now,
                id);
        update(
                c,
                "update financing_program set reserved_principal = reserved_principal + ?, version = version + 1, updated_at = ? where id = ?",
                principal,
                now,
                programId);
        c.commit();
    }

    private static void disburse(Connection c, String id) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Object> f = query(c, "select * from financing where id = ? for update", id);
        query(c, "select lpr_1y, regional_average from rate_record where financing_id = ? and kind = 'APPROVAL'", id);
        Map<String, Object> p = query(
                c,
                "select s.size_class, s.credit_white, e.industrial_chain_id, e.chain_leader, r.province_code, r.prefecture_code"
                        + " from supplier s join core_enterprise e on e.id = ? join region r on r.code = s.region_code where s.id = ?",
                f.get("core_enterprise_id"),
                f.get("supplier_id"));
        Object principal = f.get("principal");
        update(
                c,
                "insert into financing_fact (financing_id, renewal, counted, supplier_id, core_enterprise_id, bank_id, industrial_chain_id,"
                        + " chain_leader, province_code, prefecture_code, region_code, size_class, credit_white, disbursed_on, maturity_date, principal,"
                        + " principal_outstanding, annual_rate, hours_to_disbursement) values (?, 0, 0, ?, ?, ?, null, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4.0000, 0.10)",
                id,
                f.get("supplier_id"),
                f.get("core_enterprise_id"),
                f.get("bank_id"),
                p.get("province_code"),
                p.get("prefecture_code"),
                f.get("supplier_region_code"),
                p.get("size_class"),
                p.get("credit_white"),
                f.get("value_date"),
                f.get("maturity_date"),
                principal,
                principal);
        update(
                c,
                "update financing set status = 'DISBURSED', disbursed_at = ?, version = version + 1, updated_at = ? where id = ?",
                now,
                now,
                id);
        update(
                c,
                "insert into stat_delta (id, financing_id, stat_day, pending, financings, amount, rate_x_amount, min_rate, max_rate, hours_sum,"
                        + " hours_count, principal_out) values (?, ?, ?, 1, 1, ?, ?, 4.0000, 4.0000, 0.10, 1, ?)",
                Ids.newId(),
                id,
                f.get("value_date"),
                principal,
                ((BigDecimal) principal).multiply(new BigDecimal("4.0000")),
                principal);
        update(
                c,
                "insert into stat_delta (id, financing_id, stat_day, pending, matured_principal) values (?, ?, ?, 1, ?)",
                Ids.newId(),
                id,
                f.get("maturity_date"),
                principal);
        history(c, id, "DISBURSED", "DISBURSED", (BigDecimal) f.get("net_amount"), now);
        event(c, id, "FINANCING_DISBURSED", null, f, now);
        event(c, id, "RECEIVABLE_ASSIGNED", null, f, now);
        c.commit();
    }

    private static void history(
            Connection c, String financing, String action, String status, BigDecimal amount, Timestamp at)
            throws SQLException {
        update(
                c,
                "insert into financing_history (id, financing_id, action, status_after, amount, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?)",
                Ids.newId(),
                financing,
                action,
                status,
                amount,
                "bench",
                at);
    }

    private static void event(
            Connection c, String financing, String type, World.Program program, Map<String, Object> f, Timestamp at)
            throws SQLException {
        Object bank = program != null ? program.bankId() : f.get("bank_id");
        Object core = program != null ? program.coreId() : f.get("core_enterprise_id");
        update(
                c,
                "insert into event (id, seq, event_type, subject_type, subject_id, core_enterprise_id, supplier_id, bank_id, payload, occurred_at)"
                        + " values (?, null, ?, 'financing', ?, ?, null, ?, ?, ?)",
                Ids.newId(),
                type,
                financing,
                core,
                bank,
                "{\"financingId\":\"" + financing + "\",\"status\":\"" + type + "\",\"principal\":9000.00}",
                at);
    }

    /** The first row of a query (column label to value), or null; the rest are read and dropped, as a caller would. */
    private static Map<String, Object> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                Map<String, Object> first = null;
                while (rs.next()) {
                    if (first == null) {
                        first = new HashMap<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            first.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                        }
                    }
                }
                return first;
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
