package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.ImportedHistory;
import org.scfin.testing.Tokens;

/** Last year's financings, imported with their real dates, become financings like any other. */
@QuarkusTest
class FinancingImportTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A program valid since 2024 for last year's financings. */
    private static FinancingFixture history() {
        return ImportedHistory.program();
    }

    private static Map<String, Object> item(
            FinancingFixture fx, String receivable, String principal, String settledAmount) {
        return ImportedHistory.item(fx, receivable, principal, settledAmount);
    }

    @Test
    void importedHistoryBecomesFinancingsLikeAnyOther() {
        FinancingFixture fx = history();
        String settledOne = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        String stillDue = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        // 90 days from 2025-03-03 to 2025-06-01 at 4%: 9,000 x 4% x 90 / 360 = 90.00, deducted up front
        List<String> ids = as(fx.bankToken())
                .header("Idempotency-Key", "import-" + Fixtures.shortId())
                .body(Map.of(
                        "items",
                        List.of(item(fx, settledOne, "9000.00", "9000.00"), item(fx, stillDue, "8000.00", null))))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(201)
                .body("items.status", contains("SETTLED", "OVERDUE"))
                .body("items[0].interest", equalTo(d("90.00")))
                .body("items[0].netAmount", equalTo(d("8910.00")))
                .body("items[1].interest", equalTo(d("80.00")))
                .body("items[1].outstandingAmount", equalTo(d("8000.00")))
                .body("items[0].appliedAt", equalTo("2025-03-01T02:00:00Z"))
                .body("items[0].disbursedAt", equalTo("2025-03-03T02:00:00Z"))
                .body("items[0].hoursToDisbursement", equalTo(d("48.00")))
                .extract()
                .path("items.id");
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", ids.get(0))
                .then()
                .body("history.action", contains("APPLIED", "APPROVED", "DISBURSED", "SETTLED"))
                .body("history[3].at", equalTo("2025-06-01T08:00:00Z"));
        as(fx.bankToken())
                .get("/api/v1/rates/financings?financingId=" + ids.get(1))
                .then()
                .body("items[0].date", equalTo("2025-03-03"));
        // only the unsettled principal counts against the limit, and its receivable stays encumbered
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("8000.00")));
        as(fx.pair().erpToken())
                .body(Map.of("reason", "x"))
                .post("/api/v1/receivables/{id}/cancel", stillDue)
                .then()
                .statusCode(409);
        as(fx.pair().erpToken())
                .body(Map.of("reason", "paid"))
                .post("/api/v1/receivables/{id}/cancel", settledOne)
                .then()
                .statusCode(200);
        // a second import of the same receivable is refused: it backs a live financing
        as(Tokens.admin())
                .body(Map.of("items", List.of(item(fx, stillDue, "1000.00", null))))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("items[0].receivableIds[0]"))
                .body("errors[0].rule", equalTo("not-financed"));
    }

    private static Map<String, Object> renewal(String at, String newMaturityDate, String rate) {
        return Map.of("kind", "RENEWAL", "at", at, "newMaturityDate", newMaturityDate, "annualRate", d(rate));
    }

    /**
     * An imported renewal is what a live one is: the financing repaid by a successor lending what was due, which holds
     * the receivables, carries the settlement and counts against the program's limit while unpaid.
     */
    @Test
    void anImportedRenewalRepaysTheFinancingWithASuccessorThatCarriesTheRest() {
        FinancingFixture fx = history();
        String repaid = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        String unpaid = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        // 8,000 UPFRONT: 8,000 due on 2025-06-01, renewed on 2025-05-20 at 3.8% for 90 days, to 2025-08-18:
        // 8,000 x 3.8% x 90 / 360 = 76.00 of interest at maturity, 8,076.00 due
        Map<String, Object> paid = item(fx, repaid, "8000.00", "8076.00");
        paid.put("settledAt", "2025-08-18T02:00:00Z");
        paid.put("relief", List.of(renewal("2025-05-20T02:00:00Z", "2025-08-18", "3.8")));
        Map<String, Object> overdue = item(fx, unpaid, "6000.00", null);
        overdue.put("relief", List.of(renewal("2025-05-20T02:00:00Z", "2025-08-18", "3.8")));
        List<String> successors = as(fx.bankToken())
                .body(Map.of("items", List.of(paid, overdue)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(201)
                .body("items.status", contains("SETTLED", "OVERDUE"))
                .body("items[0].principal", equalTo(d("8000.00")))
                .body("items[0].interest", equalTo(d("76.00")))
                .body("items[0].amountDue", equalTo(d("8076.00")))
                .body("items[0].interestMode", equalTo("AT_MATURITY"))
                .body("items[0].valueDate", equalTo("2025-05-20"))
                .body("items[0].maturityDate", equalTo("2025-08-18"))
                .body("items[0].disbursedAt", equalTo("2025-05-20T02:00:00Z"))
                .body("items[0].closedAt", equalTo("2025-08-18T02:00:00Z"))
                .body("items[0].receivableIds", contains(repaid))
                .body("items[1].outstandingAmount", equalTo(d("6057.00")))
                .extract()
                .path("items.id");
        String original = as(fx.bankToken())
                .get("/api/v1/financings/{id}", successors.get(0))
                .then()
                .body("history.action", contains("CREATED_BY_RENEWAL", "SETTLED"))
                .body("history[0].at", equalTo("2025-05-20T02:00:00Z"))
                .extract()
                .path("renewalOfId");
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", original)
                .then()
                .body("status", equalTo("SETTLED"))
                .body("renewalOfId", Matchers.nullValue())
                .body("principal", equalTo(d("8000.00")))
                .body("settledAmount", equalTo(d("8000.00")))
                .body("closedAt", equalTo("2025-05-20T02:00:00Z"))
                .body("history.action", contains("APPLIED", "APPROVED", "DISBURSED", "RENEWED"));
        as(fx.bankToken())
                .get("/api/v1/rates/financings?kind=RENEWAL&financingId=" + successors.get(1))
                .then()
                .body("items[0].date", equalTo("2025-05-20"));
        // the unpaid successor holds its receivable and its principal (6,000 due, renewed); the paid one holds nothing
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("6000.00")));
        as(Tokens.admin())
                .body(Map.of("items", List.of(item(fx, unpaid, "1000.00", null))))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(409)
                .body("errors[0].rule", equalTo("not-financed"))
                .body("errors[0].message", Matchers.containsString(successors.get(1)));
        as(fx.pair().erpToken())
                .body(Map.of("reason", "paid"))
                .post("/api/v1/receivables/{id}/cancel", repaid)
                .then()
                .statusCode(200);
    }

    /**
     * A renewal ends the imported financing, lends no more than the advance ratio allows and is paid no more than due.
     */
    @Test
    void anImportedRenewalIsCheckedLikeALiveOne() {
        FinancingFixture fx = history();
        String r = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        Map<String, Object> notLast = item(fx, r, "8000.00", null);
        notLast.put(
                "relief",
                List.of(
                        renewal("2025-05-20T02:00:00Z", "2025-08-18", "3.8"),
                        Map.of("kind", "EXTENSION", "at", "2025-06-01T00:00:00Z", "newMaturityDate", "2025-09-01")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(notLast)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[0].relief[0].kind"))
                .body("errors[0].rule", equalTo("renewal-last"));
        // 9,000 is all the 90% advance ratio allows on 10,000; an extension adds 30.00, and the renewal would lend
        // 9,030
        Map<String, Object> tooMuch = item(fx, r, "9000.00", null);
        tooMuch.put(
                "relief",
                List.of(
                        Map.of("kind", "EXTENSION", "at", "2025-05-01T00:00:00Z", "newMaturityDate", "2025-07-01"),
                        renewal("2025-06-20T02:00:00Z", "2025-09-18", "3.8")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(tooMuch)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[0].relief[1].kind"))
                .body("errors[0].rule", equalTo("within-advance-ratio"))
                .body("errors[0].message", Matchers.containsString("9030.00"));
        Map<String, Object> cheap = item(fx, r, "8000.00", null);
        cheap.put("relief", List.of(renewal("2025-05-20T02:00:00Z", "2025-08-18", "3.0")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(cheap)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[0].relief[0].annualRate"))
                .body("errors[0].rule", equalTo("within-program-bounds"));
        Map<String, Object> overpaid = item(fx, r, "8000.00", "8076.01");
        overpaid.put("settledAt", "2025-08-18T02:00:00Z");
        overpaid.put("relief", List.of(renewal("2025-05-20T02:00:00Z", "2025-08-18", "3.8")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(overpaid)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[0].settledAmount"))
                .body("errors[0].message", Matchers.containsString("8076.00"));
        Number total = as(fx.bankToken())
                .get("/api/v1/financings?supplierId=" + fx.pair().supplierId())
                .then()
                .extract()
                .path("total");
        assertThat(total.intValue()).isZero();
    }

    @Test
    void everyItemIsCheckedLikeALiveFinancingAndNothingIsHalfWritten() {
        FinancingFixture fx = history();
        String a = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        String b = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        Map<String, Object> good = item(fx, a, "9000.00", "9000.00");
        Map<String, Object> backwards = item(fx, b, "9000.00", null);
        backwards.put("disbursedAt", "2025-03-01T00:00:00Z");
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, backwards)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].disbursedAt"));
        Map<String, Object> greedy = item(fx, b, "9000.01", null);
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, greedy)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].principal"))
                .body("errors[0].rule", equalTo("within-advance-ratio"));
        Map<String, Object> dear = item(fx, b, "100.00", null);
        dear.put("annualRate", d("9"));
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, dear)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].annualRate"));
        Map<String, Object> halfSettled = item(fx, b, "100.00", null);
        halfSettled.put("settledAt", "2025-05-01T00:00:00Z");
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, halfSettled)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].settledAt"));
        // relief is checked like live relief, in order and before the settlement, each error naming its entry
        Map<String, Object> early = item(fx, b, "100.00", null);
        early.put(
                "relief",
                List.of(Map.of("kind", "EXTENSION", "at", "2025-03-02T00:00:00Z", "newMaturityDate", "2025-07-01")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, early)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].relief[0].at"))
                .body("errors[0].rule", equalTo("in-order"));
        Map<String, Object> shorter = item(fx, b, "100.00", null);
        shorter.put(
                "relief",
                List.of(Map.of("kind", "EXTENSION", "at", "2025-04-01T00:00:00Z", "newMaturityDate", "2025-05-01")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, shorter)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].relief[0].newMaturityDate"))
                .body("errors[0].rule", equalTo("after-maturity"));
        Map<String, Object> silent = item(fx, b, "100.00", null);
        silent.put(
                "relief",
                List.of(Map.of(
                        "kind", "RESTRUCTURING", "at", "2025-04-01T00:00:00Z", "newMaturityDate", "2025-06-01")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, silent)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].relief[0].note"))
                .body("errors[0].rule", equalTo("required"));
        Map<String, Object> afterPayment = item(fx, b, "100.00", "100.00");
        afterPayment.put(
                "relief",
                List.of(Map.of("kind", "EXTENSION", "at", "2025-06-02T00:00:00Z", "newMaturityDate", "2025-07-01")));
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, afterPayment)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors.field", Matchers.hasItem("items[1].relief[0].at"))
                .body("errors.rule", Matchers.hasItem("before-settlement"));
        as(fx.bankToken())
                .body(Map.of("items", List.of(good, item(fx, a, "100.00", null))))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(409)
                .body("errors[0].message", Matchers.containsString("items[0]"));
        // nothing of the refused batches was written
        Number total = as(fx.bankToken())
                .get("/api/v1/financings?supplierId=" + fx.pair().supplierId())
                .then()
                .extract()
                .path("total");
        assertThat(total.intValue()).isZero();
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(d("0.00")));
    }

    @Test
    void onlyAdminsAndTheProgramsBankImport() {
        FinancingFixture fx = history();
        String r = Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        Map<String, Object> body = Map.of("items", List.of(item(fx, r, "9000.00", "9000.00")));
        as(fx.pair().supplierToken())
                .body(body)
                .post("/api/v1/financings/import")
                .then()
                .statusCode(403);
        as(fx.pair().erpToken())
                .body(body)
                .post("/api/v1/financings/import")
                .then()
                .statusCode(403);
        as(Tokens.bank(Fixtures.bank("620300")))
                .body(body)
                .post("/api/v1/financings/import")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("known-program"));
        as(Tokens.admin()).body(body).post("/api/v1/financings/import").then().statusCode(201);
    }
}
