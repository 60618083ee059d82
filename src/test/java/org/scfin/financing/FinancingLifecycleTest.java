package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.scfin.testing.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

@QuarkusTest
class FinancingLifecycleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void applyApproveDisburseSettleWithExactMoney() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("10000.00");
        String id = fx.apply("10000.00", receivable);
        as(fx.pair().supplierToken()).get("/api/v1/financings/{id}", id).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("faceValue", equalTo(d("10000.00"))).body("receivableIds", contains(receivable))
                .body("maturityDate", equalTo(FinancingFixture.DUE.toString()));

        // 90% of 10,000 at 3.6% on ACT_360, interest deducted up front: 9,000 x 3.6% x days / 360, which is 108.00 for the
        // 120 days the fixture's receivable runs (119 if the test crosses midnight in China between the two steps)
        LocalDate valueDate = Times.today();
        long days = java.time.temporal.ChronoUnit.DAYS.between(valueDate, FinancingFixture.DUE);
        BigDecimal interest = d("9000.00").multiply(d("0.036")).multiply(BigDecimal.valueOf(days))
                .divide(d("360"), 2, java.math.RoundingMode.HALF_UP);
        if (days == 120) {
            assertThat(interest).isEqualTo(d("108.00"));
        }
        BigDecimal principal = d("9000.00");
        as(fx.bankToken()).body(Map.of("annualRate", d("3.6"), "advanceRatio", d("90"), "valueDate", valueDate.toString()))
                .post("/api/v1/financings/{id}/approve", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("principal", equalTo(principal)).body("interest", equalTo(interest))
                .body("netAmount", equalTo(principal.subtract(interest))).body("amountDue", equalTo(principal))
                .body("annualRate", equalTo(d("3.6000"))).body("advanceRatio", equalTo(d("90.00")))
                .body("valueDate", equalTo(valueDate.toString()));
        as(fx.bankToken()).get("/api/v1/programs/{id}", fx.programId()).then()
                .body("reservedPrincipal", equalTo(d("9000.00"))).body("availableLimit", equalTo(d("991000.00")));

        var disbursed = as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(200)
                .body("status", equalTo("DISBURSED")).extract().jsonPath();
        long seconds = java.time.Duration.between(java.time.Instant.parse(disbursed.getString("appliedAt")),
                java.time.Instant.parse(disbursed.getString("disbursedAt"))).toSeconds();
        assertThat(new BigDecimal(disbursed.getString("hoursToDisbursement")))
                .isEqualByComparingTo(BigDecimal.valueOf(seconds).divide(d("3600"), 2, java.math.RoundingMode.HALF_UP));
        as(fx.bankToken()).body(Map.of("amount", d("4000.00"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", id).then().statusCode(200).body("status", equalTo("DISBURSED"))
                .body("settledAmount", equalTo(d("4000.00"))).body("outstandingAmount", equalTo(d("5000.00")));
        as(fx.bankToken()).body(Map.of("amount", d("5000.01"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", id).then().statusCode(422).body("errors[0].rule", equalTo("not-above-outstanding"));
        as(fx.bankToken()).body(Map.of("amount", d("5000.00"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", id).then().statusCode(200).body("status", equalTo("SETTLED"))
                .body("outstandingAmount", equalTo(d("0.00")));
        as(fx.bankToken()).get("/api/v1/programs/{id}", fx.programId()).then().body("reservedPrincipal", equalTo(d("0.00")));
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then()
                .body("history.action", contains("APPLIED", "APPROVED", "DISBURSED", "PARTIALLY_SETTLED", "SETTLED"))
                .body("history[1].amount", equalTo(principal)).body("history[3].amount", equalTo(d("4000.00")));
    }

    @Test
    void atMaturityModePaysTheWholePrincipalAndCollectsInterest() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "AT_MATURITY");
        String id = fx.apply("8000.00", fx.receivable("10000.00"));
        fx.approve(id, "4.2", "90", Times.today());
        long days = java.time.temporal.ChronoUnit.DAYS.between(Times.today(), FinancingFixture.DUE);
        BigDecimal interest = FinancingTerms.interest(d("8000.00"), d("4.2"), days, DayCount.ACT_360);
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().body("principal", equalTo(d("8000.00")))
                .body("netAmount", equalTo(d("8000.00"))).body("amountDue", equalTo(d("8000.00").add(interest)));
    }

    @Test
    void termsMustStayWithinTheProgram() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        as(fx.bankToken()).body(Map.of("annualRate", d("5.01"), "advanceRatio", d("90"), "valueDate", Times.today().toString()))
                .post("/api/v1/financings/{id}/approve", id).then().statusCode(422).body("errors[0].field", equalTo("annualRate"))
                .body("errors[0].rule", equalTo("within-program-bounds"));
        as(fx.bankToken()).body(Map.of("annualRate", d("4"), "advanceRatio", d("95"), "valueDate", Times.today().toString()))
                .post("/api/v1/financings/{id}/approve", id).then().statusCode(422).body("errors[0].field", equalTo("advanceRatio"));
        as(fx.bankToken()).body(Map.of("annualRate", d("4"), "advanceRatio", d("90"), "valueDate", FinancingFixture.DUE.toString()))
                .post("/api/v1/financings/{id}/approve", id).then().statusCode(422).body("errors[0].field", equalTo("valueDate"));
        as(fx.pair().supplierToken()).body(Map.of("programId", fx.programId(), "receivableIds", List.of(fx.receivable("50.00")),
                "requestedAmount", d("50.01"))).post("/api/v1/financings").then().statusCode(422)
                .body("errors[0].field", equalTo("requestedAmount"));
    }

    @Test
    void illegalTransitionsAre409AndChangeNothing() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(409);
        as(fx.bankToken()).body(Map.of("amount", 1, "paidOn", Times.today().toString())).post("/api/v1/financings/{id}/settle", id)
                .then().statusCode(409);
        fx.approve(id, "4", "90", Times.today());
        as(fx.bankToken()).body(Map.of("annualRate", d("4"), "advanceRatio", d("90"), "valueDate", Times.today().toString()))
                .post("/api/v1/financings/{id}/approve", id).then().statusCode(409).body("detail", containsString("APPROVED"));
        as(fx.pair().supplierToken()).post("/api/v1/financings/{id}/cancel", id).then().statusCode(409);
        as(fx.bankToken()).body(Map.of("amount", 1, "paidOn", Times.today().toString())).post("/api/v1/financings/{id}/settle", id)
                .then().statusCode(409);
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().body("status", equalTo("APPROVED"))
                .body("history.action", contains("APPLIED", "APPROVED"));
    }

    @Test
    void rejectionAndCancellationReleaseTheReceivables() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("500.00");
        String first = fx.apply("400.00", receivable);
        as(fx.pair().supplierToken()).body(Map.of("programId", fx.programId(), "receivableIds", List.of(receivable),
                "requestedAmount", d("400.00"))).post("/api/v1/financings").then().statusCode(409)
                .body("errors[0].rule", equalTo("not-financed")).body("errors[0].message", containsString(first));
        as(fx.bankToken()).body(Map.of("reasonCode", "FINANCING_ALREADY_INITIATED", "note", "financed through another channel"))
                .post("/api/v1/financings/{id}/reject", first).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectReasonCode", equalTo("FINANCING_ALREADY_INITIATED"));
        String second = fx.apply("400.00", receivable);
        as(fx.bankToken()).post("/api/v1/financings/{id}/cancel", second).then().statusCode(403);
        as(fx.pair().supplierToken()).post("/api/v1/financings/{id}/cancel", second).then().statusCode(200).body("status", equalTo("CANCELLED"));
        // a bank applying on the supplier's behalf cannot hold the receivables against the supplier's will
        String byBank = as(fx.bankToken()).body(Map.of("programId", fx.programId(), "receivableIds", List.of(receivable),
                "requestedAmount", d("400.00"), "supplierId", fx.pair().supplierId())).post("/api/v1/financings").then().statusCode(201)
                .extract().path("id");
        as(fx.pair().supplierToken()).post("/api/v1/financings/{id}/cancel", byBank).then().statusCode(200);
        // an approval withdrawn before disbursement frees the receivables and the reserved limit
        String approved = fx.apply("400.00", receivable);
        fx.approve(approved, "4", "90", Times.today());
        as(fx.bankToken()).get("/api/v1/programs/{id}", fx.programId()).then().body("reservedPrincipal", equalTo(d("400.00")));
        as(fx.bankToken()).body(Map.of("reasonCode", "CREDIT_DECLINED")).post("/api/v1/financings/{id}/reject", approved).then()
                .statusCode(200).body("status", equalTo("REJECTED"));
        as(fx.bankToken()).get("/api/v1/programs/{id}", fx.programId()).then().body("reservedPrincipal", equalTo(d("0.00")));
        fx.apply("400.00", receivable);
    }

    @Test
    void anEncumberedReceivableCannotBeAdjustedOrCancelled() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("500.00");
        String financing = fx.apply("400.00", receivable);
        // the core enterprise is not told of an application, only that the receivable is financed
        as(fx.pair().erpToken()).body(Map.of("creditNoteNumber", "CN-X", "amount", d("1.00"))).post("/api/v1/receivables/{id}/adjust", receivable)
                .then().statusCode(409).body("detail", containsString("backs a live financing")).body("detail", not(containsString(financing)));
        as(fx.pair().erpToken()).body(Map.of("reason", "x")).post("/api/v1/receivables/{id}/cancel", receivable).then().statusCode(409);
        // once disbursed the financing is the core enterprise's to see, and named
        fx.approve(financing, "4", "90", Times.today());
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", financing).then().statusCode(200);
        as(fx.pair().erpToken()).body(Map.of("creditNoteNumber", "CN-X", "amount", d("1.00"))).post("/api/v1/receivables/{id}/adjust", receivable)
                .then().statusCode(409).body("detail", containsString(financing));
    }

    @Test
    void onlyConfirmedReceivablesOfTheApplicantOwedByTheProgramsCoreEnterpriseCanBeFinanced() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        Map<String, Object> submission = new java.util.HashMap<>(Fixtures.receivable(null, "10.00"));
        submission.remove("supplierId");
        submission.put("coreEnterpriseId", fx.pair().coreEnterpriseId());
        submission.put("dueDate", FinancingFixture.DUE.toString());
        String pending = as(fx.pair().supplierToken()).body(submission).post("/api/v1/receivables").then().statusCode(201).extract().path("id");
        as(fx.pair().supplierToken()).body(Map.of("programId", fx.programId(), "receivableIds", List.of(pending), "requestedAmount", d("5")))
                .post("/api/v1/financings").then().statusCode(409).body("errors[0].rule", equalTo("confirmed"));
        FinancingFixture other = FinancingFixture.create("1000000.00", "UPFRONT");
        String foreign = other.receivable("10.00");
        as(fx.pair().supplierToken()).body(Map.of("programId", fx.programId(), "receivableIds", List.of(foreign), "requestedAmount", d("5")))
                .post("/api/v1/financings").then().statusCode(422).body("errors[0].rule", equalTo("known-receivable"));
        String past = Fixtures.confirmedReceivable(fx.pair(), "10.00", Times.today().minusDays(1));
        as(fx.pair().supplierToken()).body(Map.of("programId", fx.programId(), "receivableIds", List.of(past), "requestedAmount", d("5")))
                .post("/api/v1/financings").then().statusCode(422).body("errors[0].rule", equalTo("due-in-future"));
    }

    @Test
    void eachPartySeesOnlyItsOwnFinancings() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        FinancingFixture other = FinancingFixture.create("1000000.00", "UPFRONT");
        as(other.bankToken()).get("/api/v1/financings/{id}", id).then().statusCode(404);
        as(other.bankToken()).body(Map.of("annualRate", d("4"), "advanceRatio", d("90"), "valueDate", Times.today().toString()))
                .post("/api/v1/financings/{id}/approve", id).then().statusCode(404);
        as(other.pair().supplierToken()).get("/api/v1/financings/{id}", id).then().statusCode(404);
        as(other.pair().erpToken()).get("/api/v1/financings/{id}", id).then().statusCode(404);
        // the core enterprise learns of a financing once it is disbursed (it changes whom it pays), not of applications
        as(fx.pair().erpToken()).get("/api/v1/financings/{id}", id).then().statusCode(404);
        as(fx.pair().supplierToken()).body(Map.of("annualRate", d("4"), "advanceRatio", d("90"), "valueDate", Times.today().toString()))
                .post("/api/v1/financings/{id}/approve", id).then().statusCode(403);
        as(Tokens.dashboard(null)).get("/api/v1/financings").then().statusCode(403);
        List<String> otherBankSees = as(other.bankToken()).get("/api/v1/financings?size=200").then().extract().path("items.id");
        assertThat(otherBankSees).doesNotContain(id);
        as(fx.bankToken()).get("/api/v1/financings?status=APPLIED").then().body("items.id", hasItem(id));
        as(other.bankToken()).get("/api/v1/programs/{id}", fx.programId()).then().statusCode(404);
        as(fx.pair().erpToken()).get("/api/v1/programs/{id}", fx.programId()).then().statusCode(200)
                .body("creditLimit", equalTo(d("1000000.00")));
        as(fx.pair().supplierToken()).get("/api/v1/programs/{id}", fx.programId()).then().statusCode(200)
                .body("maxAdvanceRatio", equalTo(d("90.00"))).body("$", not(org.hamcrest.Matchers.hasKey("creditLimit")))
                .body("$", not(org.hamcrest.Matchers.hasKey("reservedPrincipal")));
        fx.approve(id, "4", "90", Times.today());
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(200);
        as(fx.pair().erpToken()).get("/api/v1/financings/{id}", id).then().statusCode(200);
    }

    @Test
    void nothingIsDisbursedOnOrAfterMaturity() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        fx.approve(id, "4", "90", Times.today());
        QuarkusTransaction.requiringNew().run(() -> Financing.update("maturityDate = ?1 where id = ?2", Times.today(), id));
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(409);
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aFinancingPastMaturityWithMoneyDueReadsAsOverdue() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String id = fx.apply("100.00", fx.receivable("100.00"));
        fx.approve(id, "4", "90", Times.today());
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(200);
        // time passes: the maturity is now yesterday (the status itself is not touched)
        QuarkusTransaction.requiringNew().run(() -> Financing.update("maturityDate = ?1 where id = ?2", Times.today().minusDays(1), id));
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().body("status", equalTo("OVERDUE"));
        as(fx.bankToken()).get("/api/v1/financings?status=OVERDUE").then().body("items.id", hasItem(id));
        as(fx.bankToken()).get("/api/v1/financings?status=DISBURSED").then().body("items.id", not(hasItem(id)));
        as(fx.bankToken()).body(Map.of("amount", d("90.00"), "paidOn", Times.today().toString())).post("/api/v1/financings/{id}/settle", id)
                .then().statusCode(200).body("status", equalTo("SETTLED"));
    }
}
