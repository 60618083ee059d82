package org.scfin.statistics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scfin.testing.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfin.financing.StatisticsBackfill;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/**
 * Financings disbursed before statistics existed get, from the backfill, exactly the fact and ledger that recording
 * them live gave: live and imported financings with extensions, restructurings, renewals and payments are recorded,
 * their statistics taken away before any roll counted them, and the backfill must give them back. In Sanya's Tianya
 * district (460204), which no other test uses.
 */
@QuarkusTest
class StatisticsBackfillTest {

    private static final String COUNTY = "460204";

    @Inject
    EntityManager em;

    @Inject
    StatisticsBackfill backfill;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Every test here runs on Monday 2 March 2026 in China, so "today" in a query is a date known in advance. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @BeforeEach
    void runOnAKnownDate() {
        TestClock.today(TODAY);
    }

    @Test
    void aBackfilledFinancingHasTheFactsAndLedgerItsLiveRecordingGave() {
        List<String> ids = new ArrayList<>();
        List<String> factsRecorded = new ArrayList<>();
        List<String> ledgerRecorded = new ArrayList<>();
        // holding the roll row keeps every roller out, so what the financings record is taken away before it is counted
        QuarkusTransaction.requiringNew().timeout(300).run(() -> {
            em.createNativeQuery("select rolled from stat_roll where name = 'stat' for update")
                    .getSingleResult();
            ids.addAll(recordFinancings());
            factsRecorded.addAll(facts(ids));
            ledgerRecorded.addAll(ledger(ids));
            // ...then taken away, as if disbursed before statistics existed; the V5 migration queues such financings
            takeStatisticsAway(ids);
        });
        assertEquals(ids.size(), factsRecorded.size(), "every financing was disbursed, so has a fact");
        assertTrue(
                ledgerRecorded.size() > 2 * ids.size(),
                "disbursement, maturity, relief and payment days are in the ledger");
        String today = "/api/v1/stats/regions/" + COUNTY + "?from=" + TODAY + "&to=" + TODAY;
        String year2025 = "/api/v1/stats/regions/" + COUNTY + "?year=2025";
        as(Tokens.admin()).get(today).then().statusCode(200).body("financings.count", equalTo(0));
        as(Tokens.admin()).get(year2025).then().statusCode(200).body("financings.count", equalTo(0));

        assertTrue(backfill.backfillQueued() >= ids.size());
        assertEquals(factsRecorded, facts(ids));
        assertEquals(ledgerRecorded, ledger(ids));
        assertFalse(queued(ids), "the backfilled financings are off the queue");
        assertEquals(0, backfill.backfillQueued(), "a second run finds nothing to do");
        assertEquals(ledgerRecorded, ledger(ids), "and records nothing twice");

        // and the figures are those the live test finds for the same story (LiveStatisticsTest)
        as(Tokens.admin())
                .get(today)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(2))
                .body("financings.amount", equalTo(d("27000.00")))
                .body("financings.suppliers", equalTo(1))
                .body("relief.extensions.count", equalTo(1))
                .body("relief.extensions.amount", equalTo(d("9000.00")))
                .body("relief.restructurings.count", equalTo(1))
                .body("relief.renewals.count", equalTo(1))
                // still owed today: the renewal, what the part payment left, and the overdue financing of 2025;
                // 9,011.25 (the renewal, see recordFinancings) + 13,000.00 (18,000.00 - 5,000.00) + 7,000.00
                .body("balances.outstandingPrincipal", equalTo(d("29011.25")))
                .body("balances.overduePrincipal", equalTo(d("7000.00")));
        as(Tokens.admin())
                .get(year2025)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(3))
                .body("financings.amount", equalTo(d("22000.00")))
                .body("relief.extensions.count", equalTo(1))
                .body("relief.restructurings.count", equalTo(1))
                .body("relief.renewals.count", equalTo(1))
                .body("relief.renewals.amount", equalTo(d("5000.00")))
                .body("balances.outstandingPrincipal", equalTo(d("7000.00")))
                .body("balances.overduePrincipal", equalTo(d("7000.00")));
    }

    /**
     * The replay writes the financing's row (its version goes up by one), not only locks it: a row lock holds only on
     * its own Galera node, and a live change of the financing through another node must collide with the replay at
     * certification rather than commit beside it unseen (see {@link StatisticsBackfill}).
     */
    @Test
    void aReplayWritesTheFinancingSoThatALiveChangeThroughAnotherNodeCollidesWithIt() {
        List<String> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().timeout(300).run(() -> {
            em.createNativeQuery("select rolled from stat_roll where name = 'stat' for update")
                    .getSingleResult();
            FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
            String id = fx.apply("9000.00", fx.receivable("10000.00"));
            fx.approve(id, "4.0", "90", TODAY);
            as(fx.bankToken())
                    .post("/api/v1/financings/{id}/disburse", id)
                    .then()
                    .statusCode(200);
            ids.add(id);
            takeStatisticsAway(ids);
        });
        List<String> version = rows("select version from financing where id in (?1)", ids);

        backfill.backfillQueued();

        assertFalse(queued(ids), "the financing is off the queue");
        assertEquals(1, facts(ids).size(), "and has its fact again");
        assertEquals(
                List.of(String.valueOf(Integer.parseInt(version.get(0)) + 1)),
                rows("select version from financing where id in (?1)", ids),
                "the replay wrote the financing's row, once");
    }

    /**
     * Live: one financing extended, restructured and renewed, another partly paid. Imported: one extended, restructured
     * and paid in 2025, another unpaid and overdue since 2025-10-01, a third renewed and its renewal paid in 2025.
     * Returns their ids, the live renewal second.
     */
    private static List<String> recordFinancings() {
        String core = StatsScene.core(COUNTY, null);
        String supplier = StatsScene.supplier(COUNTY, "SMALL", false, core);
        String bank = Fixtures.bank("460200");
        String bankToken = Tokens.bank(bank);
        String program = Fixtures.program(bank, core, "10000000", "100", "3.0", "6.0", "UPFRONT");
        LocalDate due = TODAY.plusDays(120);
        Fixtures.Pair pair = new Fixtures.Pair(core, supplier);
        String f1 = StatsScene.apply(supplier, program, Fixtures.confirmedReceivable(pair, "10000.00", due), "9000.00");
        StatsScene.approve(bankToken, f1);
        as(bankToken).post("/api/v1/financings/{id}/disburse", f1).then().statusCode(200);
        as(bankToken)
                .body(Map.of("newMaturityDate", due.plusDays(30).toString()))
                .post("/api/v1/financings/{id}/extend", f1)
                .then()
                .statusCode(200);
        as(bankToken)
                .body(Map.of(
                        "newMaturityDate", due.plusDays(30).toString(), "annualRate", d("3.5"), "note", "sales fell"))
                .post("/api/v1/financings/{id}/restructure", f1)
                .then()
                .statusCode(200);
        // the renewal lends what was due on f1 (9,000 at 4% UPFRONT from 2026-03-02 to 2026-06-30, due 9,000.00):
        // extended 30 days at 4%, + 9,000 x 4% x 30 / 360 = + 30.00; restructured to 3.5% for the 150 days left, -
        // 9,000 x 0.5% x 150 / 360 = - 18.75: 9,011.25
        String renewal = as(bankToken)
                .body(Map.of(
                        "annualRate",
                        d("3.8"),
                        "newMaturityDate",
                        due.plusDays(90).toString()))
                .post("/api/v1/financings/{id}/renew", f1)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String f2 =
                StatsScene.apply(supplier, program, Fixtures.confirmedReceivable(pair, "20000.00", due), "18000.00");
        StatsScene.approve(bankToken, f2);
        as(bankToken).post("/api/v1/financings/{id}/disburse", f2).then().statusCode(200);
        as(bankToken)
                .body(Map.of("amount", d("5000.00"), "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", f2)
                .then()
                .statusCode(200);
        StatsScene history = new StatsScene()
                .relievedAndRepaid(bank, core, supplier)
                .financing(
                        bank,
                        core,
                        supplier,
                        "7000.00",
                        "4.0",
                        "2025-06-01T02:00:00Z",
                        24,
                        LocalDate.of(2025, 9, 30),
                        null,
                        null)
                // 5,000 UPFRONT renewed on 2025-04-28 at 3.8% for 90 days, 47.50 of interest: paid 5,047.50 at maturity
                .financing(
                        bank,
                        core,
                        supplier,
                        "5000.00",
                        "4.0",
                        "2025-02-03T02:00:00Z",
                        24,
                        LocalDate.of(2025, 5, 4),
                        "2025-07-27T02:00:00Z",
                        "5047.50")
                .relief(Map.of(
                        "kind",
                        "RENEWAL",
                        "at",
                        "2025-04-28T02:00:00Z",
                        "newMaturityDate",
                        "2025-07-27",
                        "annualRate",
                        d("3.8")))
                .record();
        List<String> ids = new ArrayList<>(List.of(f1, renewal, f2));
        ids.addAll(history.financingIds);
        // the import answers with the renewing financing; the one it repaid is recorded too
        String importedRenewal = history.financingIds.get(history.financingIds.size() - 1);
        ids.add(as(bankToken)
                .get("/api/v1/financings/{id}", importedRenewal)
                .then()
                .statusCode(200)
                .extract()
                .path("renewalOfId"));
        return ids;
    }

    /**
     * Takes the facts and ledger of the financings away and queues them for the backfill, as the V5 migration found
     * financings disbursed before statistics existed; in a transaction of its own.
     */
    private void takeStatisticsAway(List<String> ids) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from stat_delta where financing_id in (?1)")
                    .setParameter(1, ids)
                    .executeUpdate();
            em.createNativeQuery("delete from financing_fact where financing_id in (?1)")
                    .setParameter(1, ids)
                    .executeUpdate();
            for (String id : ids) {
                em.createNativeQuery("insert into stat_backfill (financing_id) values (?1)")
                        .setParameter(1, id)
                        .executeUpdate();
            }
        });
    }

    /** Every column of the facts but the roller's flag, one line per financing. */
    private List<String> facts(List<String> ids) {
        return rows(
                "select financing_id, renewal, supplier_id, core_enterprise_id, bank_id, industrial_chain_id, chain_leader, province_code,"
                        + " prefecture_code, region_code, size_class, credit_white, disbursed_on, maturity_date, principal, principal_outstanding,"
                        + " annual_rate, hours_to_disbursement from financing_fact where financing_id in (?1) order by financing_id",
                ids);
    }

    /**
     * Each financing's net ledger per day and measure (whatever rows carried it), leaving out days that net to nothing.
     */
    private List<String> ledger(List<String> ids) {
        List<String> measures = QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery(
                                "select column_name from"
                                        + " information_schema.columns where table_schema = database() and table_name = 'stat_delta'"
                                        + " and column_name not in ('id', 'financing_id', 'stat_day', 'pending') order by ordinal_position")
                        .getResultList()
                        .stream()
                        .map(Object::toString)
                        .toList());
        String sums = measures.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
        String nonZero =
                measures.stream().map(m -> "coalesce(sum(" + m + "), 0) <> 0").collect(Collectors.joining(" or "));
        return rows(
                "select financing_id, stat_day, " + sums
                        + " from stat_delta where financing_id in (?1) group by financing_id, stat_day" + " having "
                        + nonZero + " order by financing_id, stat_day",
                ids);
    }

    private boolean queued(List<String> ids) {
        return !rows("select financing_id from stat_backfill where financing_id in (?1)", ids)
                .isEmpty();
    }

    private List<String> rows(String sql, List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> result = em.createNativeQuery(sql).setParameter(1, ids).getResultList();
            return result.stream()
                    .map(row -> row instanceof Object[] cells ? Arrays.toString(cells) : String.valueOf(row))
                    .toList();
        });
    }
}
