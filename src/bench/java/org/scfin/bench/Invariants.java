package org.scfin.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What must hold in the service's database at the end of a run, checked with SQL: no receivable backs two live
 * financings; every program's reserved principal is the sum of its live financings (no lost update under concurrent
 * approvals); every path the clients saw disbursed is disbursed, and each has its statistics fact and ledger.
 */
final class Invariants {

    record Check(String name, String expected, String found, boolean held) {}

    private Invariants() {}

    static List<Check> check(Database db, World world, long disbursedSeen) {
        String programs = world.programs.stream().map(p -> "'" + p.id() + "'").collect(Collectors.joining(","));
        List<Check> checks = new ArrayList<>();
        long doubleClaims =
                db.number("select count(*) from (select receivable_id from financing_receivable where live_claim = 1"
                        + " group by receivable_id having count(*) > 1) x");
        checks.add(new Check(
                "receivables backing two live financings", "0", String.valueOf(doubleClaims), doubleClaims == 0));
        long lost = db.number(
                "select count(*) from financing_program p left join (select program_id, sum(principal) s from financing"
                        + " where status in ('APPROVED', 'DISBURSED') group by program_id) f on f.program_id = p.id where p.id in ("
                        + programs + ")"
                        + " and p.reserved_principal <> coalesce(f.s, 0)");
        checks.add(new Check(
                "programs whose reserved principal is not the sum of their live financings",
                "0",
                String.valueOf(lost),
                lost == 0));
        long disbursed = db.number(
                "select count(*) from financing where program_id in (" + programs + ") and status = 'DISBURSED'");
        checks.add(new Check(
                "financings disbursed, against disbursements the clients saw",
                String.valueOf(disbursedSeen),
                String.valueOf(disbursed),
                disbursed == disbursedSeen));
        long withoutFact = db.number(
                "select count(*) from financing f where f.program_id in (" + programs + ") and f.status = 'DISBURSED'"
                        + " and not exists (select 1 from financing_fact x where x.financing_id = f.id)");
        checks.add(new Check(
                "disbursed financings without a statistics fact", "0", String.valueOf(withoutFact), withoutFact == 0));
        long ledgerGap = db.number(
                "select count(*) from financing f where f.program_id in (" + programs + ") and f.status = 'DISBURSED'"
                        + " and f.principal <> (select coalesce(sum(d.principal_out), 0) from stat_delta d where d.financing_id = f.id)");
        checks.add(new Check(
                "disbursed financings whose ledger does not lend their principal",
                "0",
                String.valueOf(ledgerGap),
                ledgerGap == 0));
        return checks;
    }

    /** Financings of the run by status, for the report. */
    static Map<String, Long> byStatus(Database db, World world) {
        String programs = world.programs.stream().map(p -> "'" + p.id() + "'").collect(Collectors.joining(","));
        Map<String, Long> out = new LinkedHashMap<>();
        db.rows("select status, count(*) n from financing where program_id in (" + programs
                        + ") group by status order by status")
                .forEach(row -> out.put(String.valueOf(row.get("status")), ((Number) row.get("n")).longValue()));
        return out;
    }
}
