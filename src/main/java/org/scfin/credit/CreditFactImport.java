package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.scfin.common.Ids;
import org.scfin.common.Jdbc;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.financing.LiveLoans;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Records a batch of credit facts, all or nothing, in one multi-row insert: no fact is looked up before it is written.
 * The table's keys do the work: a fact identical to one recorded (same enterprise, kind, date and values) meets the
 * fingerprint key and is skipped, so importing a file again adds nothing. The one read before the insert concerns only
 * the batch's enterprises that borrow here, for the alerts their banks receive ({@link CreditAlerts}).
 */
@ApplicationScoped
@RetriedOnConflict
public class CreditFactImport {

    public static final int MAX_ITEMS = 1000;

    private static final String COLUMNS = "credit_code, kind, as_of, fingerprint, id, is_public, source, tax_grade,"
            + " headcount, payment_status, months_covered, reference, case_role, authority, amount, imported_at";
    private static final int COLUMN_COUNT = 16;
    private static final String ROW = "(" + Jdbc.marks(COLUMN_COUNT) + ")";

    /**
     * Rows per INSERT statement: few enough that its text stays under the driver's parse-cache limit
     * (prepStmtCacheSqlLimit, 4,096 characters), so a 1,000-fact batch reuses ten parsed statements instead of parsing
     * one of 16,000 placeholders each time; the statements run in one transaction, in key order, as one did.
     */
    static final int ROWS_PER_INSERT = 100;

    @Inject
    EntityManager em;

    @Inject
    CreditAlerts alerts;

    /**
     * @param fieldPrefix where item {@code i}'s errors are reported, such as {@code items[3].} for JSON or {@code line
     *     4, column } for CSV
     */
    @Transactional
    public ImportedFacts importFacts(Caller caller, List<CreditFactInput> items, IntFunction<String> fieldPrefix) {
        caller.require(Role.ADMIN);
        Violations violations = new Violations();
        for (int i = 0; i < items.size(); i++) {
            FactRules.check(items.get(i), violations.under(fieldPrefix.apply(i)));
        }
        violations.throwIfAny();
        Instant now = Times.now();
        // an identical fact twice in one batch is one fact
        Map<String, RecordedFact> facts = new LinkedHashMap<>();
        for (CreditFactInput item : items) {
            byte[] fingerprint = fingerprint(item);
            facts.putIfAbsent(HexFormat.of().formatHex(fingerprint), new RecordedFact(Ids.newId(), fingerprint, item));
        }
        List<RecordedFact> batch = List.copyOf(facts.values());
        Set<String> codes = batch.stream().map(f -> f.input().creditCode()).collect(Collectors.toSet());
        CreditAlerts.Pending pending = alerts.before(batch, LiveLoans.byCreditCode(em, codes), now);
        // in key order: two batches writing some of the same facts take their locks in one order, and the rows land
        // together in the clustered index
        int recorded = insert(
                batch.stream()
                        .sorted(Comparator.comparing(
                                        (RecordedFact f) -> f.input().creditCode())
                                .thenComparing(f -> f.input().kind())
                                .thenComparing(f -> f.input().asOf()))
                        .toList(),
                now);
        int raised = pending.raise();
        return new ImportedFacts(items.size(), recorded, items.size() - recorded, raised);
    }

    /** Writes the facts in statements of {@link #ROWS_PER_INSERT} rows; answers how many were new. */
    private int insert(List<RecordedFact> batch, Instant now) {
        int recorded = 0;
        for (int from = 0; from < batch.size(); from += ROWS_PER_INSERT) {
            recorded += insertRows(batch.subList(from, Math.min(batch.size(), from + ROWS_PER_INSERT)), now);
        }
        return recorded;
    }

    private int insertRows(List<RecordedFact> batch, Instant now) {
        // IGNORE skips only rows meeting a key here: every value was checked above, so no other error can arise
        String sql = "insert ignore into credit_fact (" + COLUMNS + ") values "
                + String.join(",", Collections.nCopies(batch.size(), ROW));
        List<Object> params = new ArrayList<>(batch.size() * COLUMN_COUNT);
        for (RecordedFact fact : batch) {
            CreditFactInput f = fact.input();
            params.addAll(Arrays.asList(
                    f.creditCode(),
                    f.kind().name(),
                    f.asOf(),
                    fact.fingerprint(),
                    fact.id(),
                    f.isPublic(),
                    f.source(),
                    name(f.grade()),
                    f.headcount(),
                    name(f.paymentStatus()),
                    f.monthsCovered(),
                    f.caseNumber() != null ? f.caseNumber() : f.decisionNumber(),
                    name(f.role()),
                    f.authority(),
                    f.amount() == null ? null : f.amount().setScale(2, RoundingMode.UNNECESSARY),
                    now));
        }
        return Jdbc.update(em, sql, params.toArray());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The first 16 bytes of SHA-256 over every value of the fact: equal for an identical fact, and only for it. */
    static byte[] fingerprint(CreditFactInput f) {
        StringBuilder text = new StringBuilder()
                .append(f.creditCode())
                .append('\u001f')
                .append(f.kind())
                .append('\u001f')
                .append(f.asOf())
                .append('\u001f')
                .append(f.isPublic())
                .append('\u001f')
                .append(f.source());
        FactRules.values(f)
                .values()
                .forEach(value -> text.append('\u001f')
                        .append(
                                value instanceof BigDecimal amount
                                        ? amount.setScale(2, RoundingMode.UNNECESSARY)
                                        : value));
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A fact of the batch, with the id it gets if it is new. */
    record RecordedFact(String id, byte[] fingerprint, CreditFactInput input) {}
}
