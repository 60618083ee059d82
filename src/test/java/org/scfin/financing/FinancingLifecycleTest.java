package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
class FinancingLifecycleTest {

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

    @Test
    void applyApproveDisburseSettleWithExactMoney() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("10000.00");
        String id = fx.apply("10000.00", receivable);
        as(fx.pair().supplierToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("faceValue", equalTo(d("10000.00")))
                .body("receivableIds", contains(receivable))
                .body("maturityDate", equalTo("2026-06-30"));

        // 90% of 10,000 at 3.6% on ACT_360, interest deducted up front, 2026-03-02 to 2026-06-30 (120 days):
        // 9,000 x 3.6% = 324.00 a year of 360 days, x 120 / 360 = 108.00; net 9,000.00 - 108.00 = 8,892.00
        as(fx.bankToken())
                .body(Map.of("annualRate", d("3.6"), "advanceRatio", d("90"), "valueDate", "2026-03-02"))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("principal", equalTo(d("9000.00")))
                .body("interest", equalTo(d("108.00")))
                .body("netAmount", equalTo(d("8892.00")))
                .body("amountDue", equalTo(d("9000.00")))
                .body("annualRate", equalTo(d("3.6000")))
                .body("advanceRatio", equalTo(d("90.00")))
                .body("valueDate", equalTo("2026-03-02"));
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("9000.00")))
                .body("availableLimit", equalTo(d("991000.00")));

        // applied at 10:00 in China (02:00 UTC), disbursed at 12:30 (04:30 UTC): 2.50 hours
        TestClock.at(TODAY.atTime(12, 30));
        as(fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISBURSED"))
                .body("appliedAt", startsWith("2026-03-02T02:00:0"))
                .body("disbursedAt", startsWith("2026-03-02T04:30:0"))
                .body("hoursToDisbursement", equalTo(d("2.50")));
        as(fx.bankToken())
                .body(Map.of("amount", d("4000.00"), "paidOn", "2026-03-02"))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISBURSED"))
                .body("settledAmount", equalTo(d("4000.00")))
                .body("outstandingAmount", equalTo(d("5000.00")));
        as(fx.bankToken())
                .body(Map.of("amount", d("5000.01"), "paidOn", "2026-03-02"))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("not-above-outstanding"));
        as(fx.bankToken())
                .body(Map.of("amount", d("5000.00"), "paidOn", "2026-03-02"))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"))
                .body("outstandingAmount", equalTo(d("0.00")));
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("0.00")));
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .body("history.action", contains("APPLIED", "APPROVED", "DISBURSED", "PARTIALLY_SETTLED", "SETTLED"))
                .body("history[1].amount", equalTo(d("9000.00")))
                .body("history[3].amount", equalTo(d("4000.00")));
    }

    @Test
    void atMaturityModePaysTheWholePrincipalAndCollectsInterest() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "AT_MATURITY");
        String id = fx.apply("8000.00", fx.receivable("10000.00"));
        fx.approve(id, "4.2", "90", TODAY);
        // 8,000 x 4.2% = 336.00 a year of 360 days, x 120 / 360 (2026-03-02 to 2026-06-30) = 112.00, collected at
        // maturity
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .body("principal", equalTo(d("8000.00")))
                .body("interest", equalTo(d("112.00")))
                .body("netAmount", equalTo(d("8000.00")))
                .body("amountDue", equalTo(d("8112.00")));
    }

    @Test
    void termsMustStayWithinTheProgram() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        as(fx.bankToken())
                .body(Map.of("annualRate", d("5.01"), "advanceRatio", d("90"), "valueDate", TODAY.toString()))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("annualRate"))
                .body("errors[0].rule", equalTo("within-program-bounds"));
        as(fx.bankToken())
                .body(Map.of("annualRate", d("4"), "advanceRatio", d("95"), "valueDate", TODAY.toString()))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("advanceRatio"));
        as(fx.bankToken())
                .body(Map.of(
                        "annualRate",
                        d("4"),
                        "advanceRatio",
                        d("90"),
                        "valueDate",
                        fx.due().toString()))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("valueDate"));
        as(fx.pair().supplierToken())
                .body(Map.of(
                        "programId",
                        fx.programId(),
                        "receivableIds",
                        List.of(fx.receivable("50.00")),
                        "requestedAmount",
                        d("50.01")))
                .post("/api/v1/financings")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("requestedAmount"));
    }

    @Test
    void illegalTransitionsAre409AndChangeNothing() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(409);
        as(fx.bankToken())
                .body(Map.of("amount", 1, "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(409);
        fx.approve(id, "4", "90", TODAY);
        as(fx.bankToken())
                .body(Map.of("annualRate", d("4"), "advanceRatio", d("90"), "valueDate", TODAY.toString()))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("APPROVED"));
        as(fx.pair().supplierToken())
                .post("/api/v1/financings/{id}/cancel", id)
                .then()
                .statusCode(409);
        as(fx.bankToken())
                .body(Map.of("amount", 1, "paidOn", TODAY.toString()))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(409);
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .body("status", equalTo("APPROVED"))
                .body("history.action", contains("APPLIED", "APPROVED"));
    }

    @Test
    void rejectionAndCancellationReleaseTheReceivables() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("500.00");
        String first = fx.apply("400.00", receivable);
        as(fx.pair().supplierToken())
                .body(Map.of(
                        "programId",
                        fx.programId(),
                        "receivableIds",
                        List.of(receivable),
                        "requestedAmount",
                        d("400.00")))
                .post("/api/v1/financings")
                .then()
                .statusCode(409)
                .body("errors[0].rule", equalTo("not-financed"))
                .body("errors[0].message", containsString(first));
        as(fx.bankToken())
                .body(Map.of("reasonCode", "FINANCING_ALREADY_INITIATED", "note", "financed through another channel"))
                .post("/api/v1/financings/{id}/reject", first)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectReasonCode", equalTo("FINANCING_ALREADY_INITIATED"));
        String second = fx.apply("400.00", receivable);
        as(fx.bankToken()).post("/api/v1/financings/{id}/cancel", second).then().statusCode(403);
        as(fx.pair().supplierToken())
                .post("/api/v1/financings/{id}/cancel", second)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        // a bank applying on the supplier's behalf cannot hold the receivables against the supplier's will
        String byBank = as(fx.bankToken())
                .body(Map.of(
                        "programId",
                        fx.programId(),
                        "receivableIds",
                        List.of(receivable),
                        "requestedAmount",
                        d("400.00"),
                        "supplierId",
                        fx.pair().supplierId()))
                .post("/api/v1/financings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(fx.pair().supplierToken())
                .post("/api/v1/financings/{id}/cancel", byBank)
                .then()
                .statusCode(200);
        // an approval withdrawn before disbursement frees the receivables and the reserved limit
        String approved = fx.apply("400.00", receivable);
        fx.approve(approved, "4", "90", TODAY);
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("400.00")));
        as(fx.bankToken())
                .body(Map.of("reasonCode", "CREDIT_DECLINED"))
                .post("/api/v1/financings/{id}/reject", approved)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("0.00")));
        fx.apply("400.00", receivable);
    }

    @Test
    void anEncumberedReceivableCannotBeAdjustedOrCancelled() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("500.00");
        String financing = fx.apply("400.00", receivable);
        // the core enterprise is not told of an application, only that the receivable is financed
        as(fx.pair().erpToken())
                .body(Map.of("creditNoteNumber", "CN-X", "amount", d("1.00")))
                .post("/api/v1/receivables/{id}/adjust", receivable)
                .then()
                .statusCode(409)
                .body("detail", containsString("backs a live financing"))
                .body("detail", not(containsString(financing)));
        as(fx.pair().erpToken())
                .body(Map.of("reason", "x"))
                .post("/api/v1/receivables/{id}/cancel", receivable)
                .then()
                .statusCode(409);
        // once disbursed the financing is the core enterprise's to see, and named
        fx.approve(financing, "4", "90", TODAY);
        as(fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", financing)
                .then()
                .statusCode(200);
        as(fx.pair().erpToken())
                .body(Map.of("creditNoteNumber", "CN-X", "amount", d("1.00")))
                .post("/api/v1/receivables/{id}/adjust", receivable)
                .then()
                .statusCode(409)
                .body("detail", containsString(financing));
    }

    @Test
    void onlyConfirmedReceivablesOfTheApplicantOwedByTheProgramsCoreEnterpriseCanBeFinanced() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String pending = Fixtures.submittedReceivable(
                fx.pair(), "10.00", Map.of("dueDate", fx.due().toString()));
        as(fx.pair().supplierToken())
                .body(Map.of("programId", fx.programId(), "receivableIds", List.of(pending), "requestedAmount", d("5")))
                .post("/api/v1/financings")
                .then()
                .statusCode(409)
                .body("errors[0].rule", equalTo("confirmed"));
        FinancingFixture other = FinancingFixture.create("1000000.00", "UPFRONT");
        String foreign = other.receivable("10.00");
        as(fx.pair().supplierToken())
                .body(Map.of("programId", fx.programId(), "receivableIds", List.of(foreign), "requestedAmount", d("5")))
                .post("/api/v1/financings")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("known-receivable"));
        String past = Fixtures.confirmedReceivable(fx.pair(), "10.00", TODAY.minusDays(1));
        as(fx.pair().supplierToken())
                .body(Map.of("programId", fx.programId(), "receivableIds", List.of(past), "requestedAmount", d("5")))
                .post("/api/v1/financings")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("due-in-future"));
    }

    @Test
    void eachPartySeesOnlyItsOwnFinancings() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        FinancingFixture other = FinancingFixture.create("1000000.00", "UPFRONT");
        as(other.bankToken()).get("/api/v1/financings/{id}", id).then().statusCode(404);
        as(other.bankToken())
                .body(Map.of("annualRate", d("4"), "advanceRatio", d("90"), "valueDate", TODAY.toString()))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(404);
        as(other.pair().supplierToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .statusCode(404);
        as(other.pair().erpToken()).get("/api/v1/financings/{id}", id).then().statusCode(404);
        // the core enterprise learns of a financing once it is disbursed (it changes whom it pays), not of applications
        as(fx.pair().erpToken()).get("/api/v1/financings/{id}", id).then().statusCode(404);
        as(fx.pair().supplierToken())
                .body(Map.of("annualRate", d("4"), "advanceRatio", d("90"), "valueDate", TODAY.toString()))
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(403);
        as(Tokens.dashboard(null)).get("/api/v1/financings").then().statusCode(403);
        List<String> otherBankSees = as(other.bankToken())
                .get("/api/v1/financings?size=200")
                .then()
                .extract()
                .path("items.id");
        assertThat(otherBankSees).doesNotContain(id);
        as(fx.bankToken()).get("/api/v1/financings?status=APPLIED").then().body("items.id", hasItem(id));
        as(other.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(404);
        as(fx.pair().erpToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200)
                .body("creditLimit", equalTo(d("1000000.00")));
        as(fx.pair().supplierToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200)
                .body("maxAdvanceRatio", equalTo(d("90.00")))
                .body("$", not(Matchers.hasKey("creditLimit")))
                .body("$", not(Matchers.hasKey("reservedPrincipal")));
        fx.approve(id, "4", "90", TODAY);
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(200);
        as(fx.pair().erpToken()).get("/api/v1/financings/{id}", id).then().statusCode(200);
    }

    @Test
    void nothingIsDisbursedOnOrAfterMaturity() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        fx.approve(id, "4", "90", TODAY);
        // the bank comes back to it on the maturity date itself
        TestClock.today(LocalDate.of(2026, 6, 30));
        as(fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("2026-06-30"));
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aFinancingPastMaturityWithMoneyDueReadsAsOverdue() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        fx.approve(id, "4", "90", TODAY);
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(200);
        // time passes: the maturity (2026-06-30) is now yesterday (the status itself is not touched)
        TestClock.today(LocalDate.of(2026, 7, 1));
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().body("status", equalTo("OVERDUE"));
        as(fx.bankToken()).get("/api/v1/financings?status=OVERDUE").then().body("items.id", hasItem(id));
        as(fx.bankToken()).get("/api/v1/financings?status=DISBURSED").then().body("items.id", not(hasItem(id)));
        as(fx.bankToken())
                .body(Map.of("amount", d("90.00"), "paidOn", "2026-07-01"))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
    }
}
