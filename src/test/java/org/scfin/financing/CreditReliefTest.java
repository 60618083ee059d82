package org.scfin.financing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

@QuarkusTest
class CreditReliefTest {

    /**
     * Every test here runs on Monday 2 March 2026 in China; the fixture's receivables fall due 120 days later, on 30
     * June.
     */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @BeforeEach
    void runOnAKnownDate() {
        TestClock.today(TODAY);
    }

    /**
     * A disbursed financing of principal 9,000 at 4% (UPFRONT), maturing with the fixture's receivables on 2026-06-30.
     */
    private static String disbursed(FinancingFixture fx) {
        String id = fx.apply("9000.00", fx.receivable("10000.00"));
        fx.approve(id, "4.0", "90", TODAY);
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(200);
        return id;
    }

    @Test
    void anExtensionChargesTheAddedDaysAtTheNewRate() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = disbursed(fx);
        // 9,000 x 4% x 120 / 360 (2026-03-02 to 2026-06-30) = 120.00, deducted up front
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().body("interest", equalTo(d("120.00")));
        LocalDate newMaturity = LocalDate.of(2026, 8, 29); // 60 days after 2026-06-30
        // from today 4.5% instead of 4% on the 9,000 outstanding: 0.5% for the 120 days left, 4.5% for the 60 added
        // days: 9,000 x (0.5% x 120 + 4.5% x 60) / 360 = 9,000 x (0.60 + 2.70) / 360 = 29,700 / 360 = 82.50, due at the
        // new maturity; interest 120.00 + 82.50 = 202.50, due 9,000.00 + 82.50 = 9,082.50
        as(fx.bankToken())
                .body(Map.of("newMaturityDate", newMaturity.toString(), "annualRate", d("4.5")))
                .post("/api/v1/financings/{id}/extend", id)
                .then()
                .statusCode(200)
                .body("maturityDate", equalTo("2026-08-29"))
                .body("annualRate", equalTo(d("4.5000")))
                .body("interest", equalTo(d("202.50")))
                .body("amountDue", equalTo(d("9082.50")))
                .body("history.action", hasItem("EXTENDED"));
        as(fx.bankToken())
                .body(Map.of("newMaturityDate", newMaturity.toString()))
                .post("/api/v1/financings/{id}/extend", id)
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("after-maturity"));
        as(fx.bankToken())
                .body(Map.of("newMaturityDate", newMaturity.plusDays(1).toString(), "annualRate", d("9")))
                .post("/api/v1/financings/{id}/extend", id)
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("within-program-bounds"));
        as(fx.bankToken())
                .get("/api/v1/rates/financings?financingId=" + id + "&sort=rateDate")
                .then()
                .statusCode(200)
                .body("items.kind", contains("APPROVAL", "EXTENSION"))
                .body("items[1].rate", equalTo(d("4.5000")));
    }

    @Test
    void aRestructuringNeedsAReasonAndIsCountedApart() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = disbursed(fx);
        as(fx.bankToken())
                .body(Map.of("newMaturityDate", fx.due().plusDays(90).toString()))
                .post("/api/v1/financings/{id}/restructure", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("note"));
        as(fx.bankToken())
                .body(Map.of(
                        "newMaturityDate",
                        fx.due().plusDays(90).toString(),
                        "annualRate",
                        d("2.0"),
                        "note",
                        "harvest delayed by drought"))
                .post("/api/v1/financings/{id}/restructure", id)
                .then()
                .statusCode(200)
                .body("annualRate", equalTo(d("2.0000")))
                .body("history.action", hasItem("RESTRUCTURED"));
        as(fx.bankToken())
                .get("/api/v1/rates/financings?kind=RESTRUCTURING&financingId=" + id)
                .then()
                .body("total", equalTo(1));
        // a restructuring may change the rate alone, below the floor but never above the cap
        as(fx.bankToken())
                .body(Map.of("newMaturityDate", fx.due().plusDays(90).toString(), "annualRate", d("5.5"), "note", "x"))
                .post("/api/v1/financings/{id}/restructure", id)
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("not-above-program-cap"));
        as(fx.bankToken())
                .body(Map.of(
                        "newMaturityDate",
                        fx.due().plusDays(90).toString(),
                        "annualRate",
                        d("1.5"),
                        "note",
                        "rate relief only"))
                .post("/api/v1/financings/{id}/restructure", id)
                .then()
                .statusCode(200)
                .body("annualRate", equalTo(d("1.5000")));
    }

    @Test
    void anExtensionAfterAPartPaymentChargesOnlyThePrincipalStillOwed() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = disbursed(fx);
        as(fx.bankToken())
                .body(Map.of("amount", d("4000.00"), "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(200);
        // 5,000 still owed, same 4% rate, 36 added days: 5,000 x 4% x 36 / 360 = 20.00
        as(fx.bankToken())
                .body(Map.of("newMaturityDate", fx.due().plusDays(36).toString()))
                .post("/api/v1/financings/{id}/extend", id)
                .then()
                .statusCode(200)
                .body("amountDue", equalTo(d("9020.00")))
                .body("outstandingAmount", equalTo(d("5020.00")));
    }

    @Test
    void aRenewalStaysWithinTheProgram() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "AT_MATURITY");
        String id = disbursed(fx);
        // what is due (9,000 plus interest) passes 90% of the receivable's 10,000: settle part first
        as(fx.bankToken())
                .body(Map.of(
                        "annualRate",
                        d("3.6"),
                        "newMaturityDate",
                        TODAY.plusDays(90).toString()))
                .post("/api/v1/financings/{id}/renew", id)
                .then()
                .statusCode(409)
                .body("errors[0].rule", equalTo("within-advance-ratio"));
        as(fx.bankToken())
                .body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200);
        as(fx.bankToken())
                .body(Map.of("amount", d("500.00"), "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(200);
        as(fx.bankToken())
                .body(Map.of(
                        "annualRate",
                        d("3.6"),
                        "newMaturityDate",
                        TODAY.plusDays(90).toString()))
                .post("/api/v1/financings/{id}/renew", id)
                .then()
                .statusCode(409);
        as(fx.bankToken())
                .body(Map.of("status", "ACTIVE"))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200);
        as(fx.bankToken())
                .body(Map.of(
                        "annualRate",
                        d("3.6"),
                        "newMaturityDate",
                        TODAY.plusDays(90).toString()))
                .post("/api/v1/financings/{id}/renew", id)
                .then()
                .statusCode(201);
    }

    @Test
    void aRenewalRepaysTheOldFinancingAndTakesOverItsReceivables() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String old = disbursed(fx);
        List<String> receivables = as(fx.bankToken())
                .get("/api/v1/financings/{id}", old)
                .jsonPath()
                .getList("receivableIds");
        LocalDate maturity = TODAY.plusDays(180);
        // the new financing lends what is due on the old one (9,000.00 under UPFRONT): 9,000 x 3.6% x 180 / 360 =
        // 162.00
        var renewal = as(fx.bankToken())
                .body(Map.of("annualRate", d("3.6"), "newMaturityDate", maturity.toString()))
                .post("/api/v1/financings/{id}/renew", old)
                .then()
                .statusCode(201)
                .body("status", equalTo("DISBURSED"))
                .body("principal", equalTo(d("9000.00")))
                .body("interest", equalTo(d("162.00")))
                .body("netAmount", equalTo(d("0.00")))
                .body("amountDue", equalTo(d("9162.00")))
                .body("interestMode", equalTo("AT_MATURITY"))
                .body("receivableIds", equalTo(receivables))
                .extract();
        String renewalId = renewal.path("id");
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", old)
                .then()
                .body("status", equalTo("SETTLED"))
                .body("history.action", hasItem("RENEWED"));
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("9000.00")));
        // the receivables back the renewal now, and still only one live financing
        as(fx.pair().supplierToken())
                .body(Map.of("programId", fx.programId(), "receivableIds", receivables, "requestedAmount", d("1")))
                .post("/api/v1/financings")
                .then()
                .statusCode(409)
                .body("errors[0].message", Matchers.containsString(renewalId));
        as(fx.bankToken()).post("/api/v1/financings/{id}/renew", old).then().statusCode(400);
        as(fx.bankToken())
                .body(Map.of("annualRate", d("3.6"), "newMaturityDate", maturity.toString()))
                .post("/api/v1/financings/{id}/renew", old)
                .then()
                .statusCode(409);
    }

    @Test
    void reliefIsOnlyForDisbursedFinancingsAndOnlyByTheirBank() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String applied = fx.apply("100.00", fx.receivable("100.00"));
        as(fx.bankToken())
                .body(Map.of("newMaturityDate", fx.due().plusDays(10).toString()))
                .post("/api/v1/financings/{id}/extend", applied)
                .then()
                .statusCode(409);
        String id = disbursed(fx);
        as(fx.pair().supplierToken())
                .body(Map.of("newMaturityDate", fx.due().plusDays(10).toString()))
                .post("/api/v1/financings/{id}/extend", id)
                .then()
                .statusCode(403);
        as(Tokens.bank(Fixtures.bank("620300")))
                .body(Map.of("newMaturityDate", fx.due().plusDays(10).toString()))
                .post("/api/v1/financings/{id}/extend", id)
                .then()
                .statusCode(404);
    }

    @Test
    void rateRecordsAreVisibleToTheirBankAndTheRegionsDashboardsOnly() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = disbursed(fx);
        String path = "/api/v1/rates/financings?financingId=" + id;
        as(fx.bankToken()).get(path).then().statusCode(200).body("total", equalTo(1));
        as(Tokens.dashboard("620000")).get(path).then().statusCode(200).body("total", equalTo(1));
        as(Tokens.dashboard("620302")).get(path).then().statusCode(200).body("total", equalTo(1));
        as(Tokens.dashboard("150000")).get(path).then().statusCode(200).body("total", equalTo(0));
        as(Tokens.bank(Fixtures.bank("620300")))
                .get(path)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(fx.pair().erpToken()).get(path).then().statusCode(403);
        as(fx.pair().supplierToken()).get(path).then().statusCode(403);
    }
}
