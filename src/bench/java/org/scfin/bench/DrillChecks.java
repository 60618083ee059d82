package org.scfin.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the fault drills check on each database node, directly in SQL: the ledger of acknowledged writes (none may be
 * missing or behind the state acknowledged), every financing whole (its history, events, limit reservation and
 * statistics all there for its state, or none of them), program limits, gap-free event numbers and statistics that
 * count what was disbursed. The checks of the benchmark ({@link Invariants}) come with them.
 */
final class DrillChecks {

    /** Checks per query: the ids of a ledger are asked for this many at a time. */
    private static final int CHUNK = 500;

    private DrillChecks() {}

    /** Acknowledged writes missing on this node, or found in an earlier state than acknowledged. */
    static List<Invariants.Check> ledger(Database db, Ledger ledger) {
        Map<String, Object[]> receivables = byId(db, "select id, amount from receivable", ledger.receivables.keySet());
        long missingReceivables = ledger.receivables.values().stream()
                .filter(r -> {
                    Object[] found = receivables.get(r.id());
                    return found == null || ((BigDecimal) found[1]).compareTo(r.amount()) != 0;
                })
                .count();
        Map<String, Object[]> financings = byId(db, "select id, status from financing", ledger.financings.keySet());
        long lostFinancings = 0;
        for (Ledger.Financing f : ledger.financings.values()) {
            Object[] found = financings.get(f.id());
            String status = found == null ? null : (String) found[1];
            if (!f.acknowledged().equals(status)
                    && !String.valueOf(f.unresolvedNext()).equals(status)) {
                lostFinancings++;
                Bench.log("financing %s acknowledged %s, found %s", f.id(), f.acknowledged(), status);
            }
        }
        return List.of(
                check("acknowledged receivables missing", 0, missingReceivables),
                check("acknowledged financings missing or not in their acknowledged state", 0, lostFinancings));
    }

    /**
     * Financings of the run that are half done: for its state, a financing has exactly its history rows, its events,
     * its approval's rate record, its live claim on the receivable, and once disbursed its statistics fact and the
     * principal lent in the ledger. The limit reservation is the program's sum ({@link Invariants}).
     */
    static Invariants.Check wholeFinancings(Database db, World world) {
        List<Map<String, Object>> rows = db.rows("select f.id, f.status, f.principal,"
                + " (select count(*) from financing_history h where h.financing_id = f.id) history,"
                + " (select count(*) from event e where e.subject_id = f.id) events,"
                + " (select count(*) from rate_record r where r.financing_id = f.id) rates,"
                + " (select count(*) from financing_receivable c where c.financing_id = f.id and c.live_claim = 1) claims,"
                + " (select count(*) from financing_fact x where x.financing_id = f.id) facts,"
                + " (select coalesce(sum(d.principal_out), 0) from stat_delta d where d.financing_id = f.id) lent"
                + " from financing f where f.program_id in (" + programs(world) + ")");
        long halfDone = 0;
        for (Map<String, Object> row : rows) {
            String status = (String) row.get("status");
            int step = Ledger.PATH.indexOf(status) + 1;
            BigDecimal principal = row.get("principal") == null ? BigDecimal.ZERO : (BigDecimal) row.get("principal");
            String found = counts(row);
            String expected = step == 0
                    ? "a state off the path"
                    : step + "/" + (step == 3 ? 4 : step) + "/" + (step >= 2 ? 1 : 0) + "/1/" + (step == 3 ? 1 : 0)
                            + "/" + (step == 3 ? principal.stripTrailingZeros().toPlainString() : "0");
            if (!expected.equals(found)) {
                halfDone++;
                if (halfDone <= 5) {
                    Bench.log(
                            "half-done financing %s (%s): history/events/rates/claims/facts/lent %s, expected %s",
                            row.get("id"), status, found, expected);
                }
            }
        }
        return check("half-done financings (history, events, pricing, claim, fact, ledger)", 0, halfDone);
    }

    private static String counts(Map<String, Object> row) {
        return number(row, "history") + "/" + number(row, "events") + "/" + number(row, "rates") + "/"
                + number(row, "claims") + "/" + number(row, "facts") + "/"
                + ((BigDecimal) row.get("lent")).stripTrailingZeros().toPlainString();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    static Invariants.Check limits(Database db, World world) {
        long over = db.number("select count(*) from financing_program where id in (" + programs(world)
                + ") and reserved_principal > credit_limit");
        return check("programs whose reserved principal exceeds their limit", 0, over);
    }

    /** Every committed event numbered, 1 to the last number with none missing or twice (the numbers are unique). */
    static Invariants.Check eventNumbers(Database db) {
        Map<String, Object> row = db.rows("select count(seq) numbered, coalesce(max(seq), 0) last,"
                        + " count(*) - count(seq) unnumbered, (select last_seq from event_sequence where name = 'event') issued"
                        + " from event")
                .get(0);
        long numbered = number(row, "numbered");
        long last = number(row, "last");
        long issued = number(row, "issued");
        boolean held = numbered == last && last == issued && number(row, "unnumbered") == 0;
        return new Invariants.Check(
                "event numbers 1..n without gaps (numbered / highest / issued / unnumbered)",
                "n / n / n / 0",
                numbered + " / " + last + " / " + issued + " / " + number(row, "unnumbered"),
                held);
    }

    /** Each bank of the run: the financings and amount its statistics count are those it disbursed. */
    static Invariants.Check statistics(Database db, World world) {
        long wrong = 0;
        StringBuilder found = new StringBuilder();
        for (String bank : world.banks) {
            Map<String, Object> counted = db.rows("select coalesce(sum(financings), 0) n, coalesce(sum(amount), 0) a"
                            + " from stat_day where scope = 'B" + bank + "'")
                    .get(0);
            Map<String, Object> disbursed = db.rows("select count(*) n, coalesce(sum(principal), 0) a from financing"
                            + " where bank_id = '" + bank + "' and status = 'DISBURSED'")
                    .get(0);
            boolean same = number(counted, "n") == number(disbursed, "n")
                    && ((BigDecimal) counted.get("a")).compareTo((BigDecimal) disbursed.get("a")) == 0;
            if (!same) {
                wrong++;
            }
            found.append(found.length() == 0 ? "" : ", ")
                    .append(number(counted, "n"))
                    .append(same ? "=" : "<>")
                    .append(number(disbursed, "n"));
        }
        return new Invariants.Check(
                "banks whose statistics do not count what they disbursed (counted=disbursed per bank)",
                "0",
                wrong + " (" + found + ")",
                wrong == 0);
    }

    /** Waits until the event sequencer and the statistics roller have caught up with every commit, at most 60 s. */
    static void awaitBackgroundWork(Database db) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (db.number("select count(*) from event where seq is null") == 0
                    && db.number("select count(*) from stat_delta where pending = 1") == 0) {
                return;
            }
            Thread.sleep(250);
        }
        Bench.log("events or statistics deltas still pending after 60 s");
    }

    static String programs(World world) {
        return world.programs.stream().map(p -> "'" + p.id() + "'").collect(Collectors.joining(","));
    }

    private static Invariants.Check check(String name, long expected, long found) {
        return new Invariants.Check(name, String.valueOf(expected), String.valueOf(found), found == expected);
    }

    /** {@code select} (id first) for the given ids, by chunks: the rows by id. */
    private static Map<String, Object[]> byId(Database db, String select, Collection<String> ids) {
        Map<String, Object[]> out = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            String in = all.subList(i, Math.min(all.size(), i + CHUNK)).stream()
                    .map(id -> "'" + id + "'")
                    .collect(Collectors.joining(","));
            for (Map<String, Object> row : db.rows(select + " where id in (" + in + ")")) {
                out.put((String) row.get("id"), row.values().toArray());
            }
        }
        return out;
    }
}
