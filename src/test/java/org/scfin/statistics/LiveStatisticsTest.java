package org.scfin.statistics;

import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/**
 * Live changes reach the figures at once: a disbursement committed is counted by the next call, and relief, payments
 * and new maturities move the relief and balance figures. In Haikou's Xiuying district (460105), which no other test
 * uses.
 */
@QuarkusTest
class LiveStatisticsTest {

    @Inject
    EntityManager em;

    private static final String COUNTY = "460105";

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
    void aCommittedDisbursementIsCountedByTheNextCallAndReliefAndPaymentsMoveTheFigures() {
        String core = StatsScene.core(COUNTY, null);
        String supplier = StatsScene.supplier(COUNTY, "SMALL", false, core);
        String bank = Fixtures.bank("460100");
        String bankToken = Tokens.bank(bank);
        String program = Fixtures.program(bank, core, "10000000", "100", "3.0", "6.0", "UPFRONT");
        LocalDate due = TODAY.plusDays(120);
        Fixtures.Pair pair = new Fixtures.Pair(core, supplier);
        String r1 = Fixtures.confirmedReceivable(pair, "10000.00", due);
        String r2 = Fixtures.confirmedReceivable(pair, "20000.00", due);
        String url = "/api/v1/stats/regions/" + COUNTY + "?from=" + TODAY + "&to=" + TODAY;

        String f1 = StatsScene.apply(supplier, program, r1, "9000.00");
        StatsScene.approve(bankToken, f1);
        as(Tokens.admin())
                .get(url)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(0))
                .body("balances.outstandingPrincipal", equalTo(d("0.00")));
        as(bankToken).post("/api/v1/financings/{id}/disburse", f1).then().statusCode(200);
        // no wait, no schedule: the call itself rolls what has committed
        as(Tokens.admin())
                .get(url)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(1))
                .body("financings.amount", equalTo(d("9000.00")))
                .body("financings.suppliers", equalTo(1))
                .body("rates.weightedAverage", equalTo(d("4.0000")))
                .body("balances.outstandingPrincipal", equalTo(d("9000.00")))
                .body("balances.overduePrincipal", equalTo(d("0.00")));

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
        // what the renewal lends is what was due on f1, worked out for 2026-03-02 with f1 maturing 2026-06-30 (120
        // days): 9,000 at 4% UPFRONT, due 9,000.00; extended 30 days at 4%: + 9,000 x 4% x 30 / 360 = + 30.00, due
        // 9,030.00; restructured to 3.5% for the 150 days left: - 9,000 x 0.5% x 150 / 360 = - 18.75, due 9,011.25
        as(bankToken)
                .body(Map.of(
                        "annualRate",
                        d("3.8"),
                        "newMaturityDate",
                        due.plusDays(90).toString()))
                .post("/api/v1/financings/{id}/renew", f1)
                .then()
                .statusCode(201)
                .body("principal", equalTo(d("9011.25")));
        // a renewal is relief, not a new financing; it repays the old principal and lends what was still due
        as(Tokens.admin())
                .get(url)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(1))
                .body("financings.amount", equalTo(d("9000.00")))
                .body("relief.extensions.count", equalTo(1))
                .body("relief.extensions.amount", equalTo(d("9000.00")))
                .body("relief.restructurings.count", equalTo(1))
                .body("relief.restructurings.amount", equalTo(d("9000.00")))
                .body("relief.renewals.count", equalTo(1))
                .body("relief.renewals.amount", equalTo(d("9011.25")))
                .body("balances.outstandingPrincipal", equalTo(d("9011.25")));

        String f2 = StatsScene.apply(supplier, program, r2, "18000.00");
        StatsScene.approve(bankToken, f2);
        as(bankToken).post("/api/v1/financings/{id}/disburse", f2).then().statusCode(200);
        as(bankToken)
                .body(Map.of("amount", d("5000.00"), "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", f2)
                .then()
                .statusCode(200);
        // owed: the renewal's 9,011.25 and f2's 18,000.00 - 5,000.00 = 13,000.00, 22,011.25 in all
        as(Tokens.admin())
                .get(url)
                .then()
                .body("financings.count", equalTo(2))
                .body("financings.amount", equalTo(d("27000.00")))
                .body("financings.suppliers", equalTo(1))
                .body("balances.outstandingPrincipal", equalTo(d("22011.25")));
        as(bankToken)
                .body(Map.of("amount", d("13000.00"), "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", f2)
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
        as(Tokens.admin()).get(url).then().body("balances.outstandingPrincipal", equalTo(d("9011.25")));
    }

    @Test
    void anOverdueFinancingStopsBeingOverdueWhenItsMaturityIsExtended() {
        String county = "460106";
        String core = StatsScene.core(county, null);
        String supplier = StatsScene.supplier(county, "MICRO", true, core);
        String bank = Fixtures.bank("460100");
        StatsScene scene = new StatsScene()
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
                .record();
        String url = "/api/v1/stats/regions/" + county + "?from=2025-01-01&to=" + TODAY;
        as(Tokens.admin())
                .get(url)
                .then()
                .body("balances.outstandingPrincipal", equalTo(d("7000.00")))
                .body("balances.overduePrincipal", equalTo(d("7000.00")));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + county + "?from=2025-09-30&to=2025-09-30")
                .then()
                .body("balances.overduePrincipal", equalTo(d("0.00")));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + county + "?from=2025-10-01&to=2025-10-01")
                .then()
                .body("balances.overduePrincipal", equalTo(d("7000.00")));
        as(Tokens.bank(bank))
                .body(Map.of("newMaturityDate", TODAY.plusDays(60).toString()))
                .post("/api/v1/financings/{id}/extend", scene.financingIds.get(0))
                .then()
                .statusCode(200);
        as(Tokens.admin())
                .get(url)
                .then()
                .body("balances.outstandingPrincipal", equalTo(d("7000.00")))
                .body("balances.overduePrincipal", equalTo(d("0.00")))
                .body("relief.extensions.count", equalTo(1));
        // balances are restated on current terms: the new maturity applies to earlier dates as well
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + county + "?from=2025-10-01&to=2025-10-01")
                .then()
                .body("balances.overduePrincipal", equalTo(d("0.00")));
    }

    @Test
    void historyImportedAfterLaterFinancingsMovesASuppliersFirstFinancing() {
        String county = "460107";
        String core = StatsScene.core(county, null);
        String supplier = StatsScene.supplier(county, "MEDIUM", false, core);
        String bank = Fixtures.bank("460100");
        new StatsScene()
                .financing(
                        bank,
                        core,
                        supplier,
                        "5000.00",
                        "4.0",
                        "2025-06-01T02:00:00Z",
                        24,
                        LocalDate.of(2025, 9, 30),
                        null,
                        null)
                .record();
        String year = "/api/v1/stats/regions/" + county + "?year=2025";
        as(Tokens.admin())
                .get(year)
                .then()
                .body("inclusion.creditWhiteSharePct", equalTo(d("0.00")))
                .body("inclusion.bySizeClass.MEDIUM", equalTo(1))
                .body("inclusion.bySizeClass.MICRO", equalTo(0));
        // what the supplier was before: credit-white and micro, when it was first financed in 2024
        Map<String, Object> record = as(Tokens.admin())
                .get("/api/v1/suppliers/{id}", supplier)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        as(Tokens.admin())
                .body(Map.of(
                        "name",
                        record.get("name"),
                        "creditCode",
                        record.get("creditCode"),
                        "regionCode",
                        county,
                        "sizeClass",
                        "MICRO",
                        "creditWhite",
                        true))
                .put("/api/v1/suppliers/{id}", supplier)
                .then()
                .statusCode(200);
        new StatsScene()
                .financing(
                        bank,
                        core,
                        supplier,
                        "3000.00",
                        "4.0",
                        "2024-03-01T02:00:00Z",
                        24,
                        LocalDate.of(2024, 6, 30),
                        "2024-06-29T02:00:00Z",
                        "3000.00")
                .record();
        as(Tokens.admin())
                .get(year)
                .then()
                .body("financings.suppliers", equalTo(1))
                .body("inclusion.creditWhiteSharePct", equalTo(d("100.00")))
                .body("inclusion.bySizeClass.MEDIUM", equalTo(0))
                .body("inclusion.bySizeClass.MICRO", equalTo(1));
        // the same through the member-by-member count of an arbitrary range
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + county + "?from=2025-05-01&to=2025-07-01")
                .then()
                .body("inclusion.creditWhiteSharePct", equalTo(d("100.00")))
                .body("inclusion.bySizeClass.MICRO", equalTo(1));
    }

    @Test
    void theRollersMemberCountsPerPeriodAreTheMembersItAdded() {
        // Sanya's Yazhou district, which no other test uses
        String county = "460205";
        String core = StatsScene.core(county, null);
        String bank = Fixtures.bank("460200");
        StatsScene scene = new StatsScene();
        for (int i = 0; i < 3; i++) {
            String supplier = StatsScene.supplier(county, "SMALL", false, core);
            // the same supplier twice in one month and once in another: once per period
            scene.financing(
                            bank,
                            core,
                            supplier,
                            "1000.00",
                            "4.0",
                            "2025-04-0" + (i + 1) + "T02:00:00Z",
                            24,
                            LocalDate.of(2025, 9, 30),
                            null,
                            null)
                    .financing(
                            bank,
                            core,
                            supplier,
                            "1000.00",
                            "4.0",
                            "2025-04-1" + (i + 1) + "T02:00:00Z",
                            24,
                            LocalDate.of(2025, 9, 30),
                            null,
                            null)
                    .financing(
                            bank,
                            core,
                            supplier,
                            "1000.00",
                            "4.0",
                            "2025-06-0" + (i + 1) + "T02:00:00Z",
                            24,
                            LocalDate.of(2025, 9, 30),
                            null,
                            null);
        }
        scene.record();
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + county + "/series?granularity=month&from=2025-04-01&to=2025-06-30")
                .then()
                .statusCode(200)
                .body("items.financings.suppliers", Matchers.contains(3, 0, 3))
                .body("items.financings.coreEnterprises", Matchers.contains(1, 0, 1));
        // and across everything every test has rolled so far, the counts are the member rows
        Number mismatched = (Number) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select count(*) from (select scope,"
                                        + " member_kind, period, count(*) n from stat_member_period group by scope, member_kind, period) a left join stat_period_members b"
                                        + " on b.scope = a.scope and b.member_kind = a.member_kind and b.period = a.period where b.members is null or b.members <> a.n")
                        .getSingleResult());
        Assertions.assertThat(mismatched.longValue()).isZero();
    }

    @Test
    void importedReliefCountsLikeLiveRelief() {
        String county = "460108";
        String core = StatsScene.core(county, null);
        String supplier = StatsScene.supplier(county, "SMALL", false, core);
        String bank = Fixtures.bank("460100");
        StatsScene scene =
                new StatsScene().relievedAndRepaid(bank, core, supplier).record();
        as(Tokens.bank(bank))
                .get("/api/v1/financings/{id}", scene.financingIds.get(0))
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"))
                .body("maturityDate", equalTo("2025-07-31"))
                .body("amountDue", equalTo(d("10060.28")))
                .body(
                        "history.action",
                        Matchers.contains("APPLIED", "APPROVED", "DISBURSED", "EXTENDED", "RESTRUCTURED", "SETTLED"));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + county + "?year=2025")
                .then()
                .body("financings.count", equalTo(1))
                .body("financings.amount", equalTo(d("10000.00")))
                .body("relief.extensions.count", equalTo(1))
                .body("relief.extensions.amount", equalTo(d("10000.00")))
                .body("relief.restructurings.count", equalTo(1))
                .body("relief.restructurings.amount", equalTo(d("10000.00")))
                .body("balances.outstandingPrincipal", equalTo(d("0.00")))
                .body("balances.overduePrincipal", equalTo(d("0.00")));
        // on current terms it was never overdue: the extension moved its maturity past the day it was paid
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + county + "?from=2025-06-02&to=2025-06-02")
                .then()
                .body("balances.outstandingPrincipal", equalTo(d("10000.00")))
                .body("balances.overduePrincipal", equalTo(d("0.00")));
    }

    @Test
    void aFinancingFromBeforeStatisticsCanStillBePaidAndExtended() {
        String county = "460203";
        StatsScene.Live live = StatsScene.disbursedToday(county, "460200");
        String bankToken = live.bankToken();
        String f = live.financingId();
        String url = "/api/v1/stats/regions/" + county + "?from=" + TODAY + "&to=" + TODAY;
        as(Tokens.admin()).get(url).then().body("financings.count", equalTo(1));
        // as if disbursed before statistics existed: no fact, no ledger
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from stat_delta where financing_id = ?1")
                    .setParameter(1, f)
                    .executeUpdate();
            em.createNativeQuery("delete from financing_fact where financing_id = ?1")
                    .setParameter(1, f)
                    .executeUpdate();
        });
        as(bankToken)
                .body(Map.of("newMaturityDate", TODAY.plusDays(150).toString()))
                .post("/api/v1/financings/{id}/extend", f)
                .then()
                .statusCode(200);
        as(bankToken)
                .body(Map.of("amount", d("1000.00"), "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", f)
                .then()
                .statusCode(200);
        // what was rolled before stays; the changes of a financing without a fact are not counted
        as(Tokens.admin())
                .get(url)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(1))
                .body("relief.extensions.count", equalTo(0))
                .body("balances.outstandingPrincipal", equalTo(d("9000.00")));
    }
}
