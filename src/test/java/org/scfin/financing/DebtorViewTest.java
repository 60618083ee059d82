package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.FinancingFixture;

/**
 * The core enterprise that owes the receivables learns whom to pay, what and when; the application, the credit decision
 * and the price stay between the supplier and its bank, in the API and in the event feed.
 */
@QuarkusTest
class DebtorViewTest {

    /** Terms, prices and the story of the decision: none of it is the debtor's business. */
    private static final List<String> NOT_FOR_THE_DEBTOR = List.of(
            "annualRate",
            "interest",
            "netAmount",
            "principal",
            "amountDue",
            "spreadToLprBp",
            "spreadToRegionalAverageBp",
            "advanceRatio",
            "requestedAmount",
            "faceValue",
            "valueDate",
            "maturityDate",
            "dayCount",
            "interestMode",
            "settledAmount",
            "outstandingAmount",
            "rejectReasonCode",
            "appliedAt",
            "approvedAt",
            "hoursToDisbursement",
            "history",
            "programId");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A receivable of 10,000 due in 120 days, financed at 3.6% and disbursed: the scene every test here reads. */
    private record Scene(FinancingFixture fx, String receivable, String financing) {}

    private static Scene disbursed() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        String receivable = fx.receivable("10000.00");
        String financing = fx.apply("9000.00", receivable);
        fx.approve(financing, "3.6", "90", Times.today());
        as(fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", financing)
                .then()
                .statusCode(200);
        return new Scene(fx, receivable, financing);
    }

    private static void assertDebtorSees(Map<String, Object> view, Scene scene, String status) {
        assertThat(view).doesNotContainKeys(NOT_FOR_THE_DEBTOR.toArray(String[]::new));
        assertThat(view)
                .containsEntry("id", scene.financing())
                .containsEntry("status", status)
                .containsEntry("bankId", scene.fx().bankId())
                .containsEntry("supplierId", scene.fx().pair().supplierId());
        assertThat((String) view.get("bankName")).startsWith("银行-");
        assertThat(view.get("assignedAt")).isNotNull();
        assertThat(view.get("receivables"))
                .isEqualTo(List.of(Map.of(
                        "receivableId",
                        scene.receivable(),
                        "amount",
                        d("10000.00"),
                        "dueDate",
                        scene.fx().due().toString())));
    }

    @Test
    void theErpReadsTheAssignmentNotTheTerms() {
        Scene scene = disbursed();
        String erp = scene.fx().pair().erpToken();
        JsonPath one = as(erp).get("/api/v1/financings/{id}", scene.financing())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertDebtorSees(one.getMap(""), scene, "DISBURSED");
        assertThat(one.getString("releasedAt")).isNull();
        JsonPath page = as(erp).get(
                        "/api/v1/financings?supplierId=" + scene.fx().pair().supplierId())
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .jsonPath();
        assertDebtorSees(page.getMap("items[0]"), scene, "DISBURSED");

        // the supplier and the bank still read the terms in full
        for (String party :
                List.of(scene.fx().pair().supplierToken(), scene.fx().bankToken())) {
            as(party)
                    .get("/api/v1/financings/{id}", scene.financing())
                    .then()
                    .statusCode(200)
                    .body("annualRate", equalTo(d("3.6000")))
                    .body("principal", equalTo(d("9000.00")))
                    .body("netAmount", Matchers.notNullValue())
                    .body("history.size()", equalTo(3));
        }

        // settled: the assignment ended, and the debtor still reads no money of the financing
        as(scene.fx().bankToken())
                .body(Map.of("amount", d("9000.00"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", scene.financing())
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
        JsonPath settled = as(erp).get("/api/v1/financings/{id}", scene.financing())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertDebtorSees(settled.getMap(""), scene, "SETTLED");
        assertThat(settled.getString("releasedAt")).isNotNull();
    }

    @Test
    void theErpCannotSortOrFilterByWhatItsViewLeavesOut() {
        Scene scene = disbursed();
        String erp = scene.fx().pair().erpToken();
        String mine = "/api/v1/financings?supplierId=" + scene.fx().pair().supplierId();
        for (String query : List.of(
                "&sort=principal",
                "&sort=maturityDate",
                "&sort=appliedAt",
                "&maturityFrom=2020-01-01",
                "&maturityTo=2099-01-01",
                "&appliedFrom=2020-01-01",
                "&appliedTo=2099-01-01",
                "&status=OVERDUE",
                "&status=APPLIED",
                "&status=REJECTED")) {
            String parameter = query.substring(1, query.indexOf('='));
            as(erp).get(mine + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(parameter));
        }
        as(erp).get(mine + "&status=DISBURSED&sort=disbursedAt,desc")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(scene.financing()));
        // an extension moves the financing's maturity, not what the debtor owes and when
        as(scene.fx().bankToken())
                .body(Map.of("newMaturityDate", scene.fx().due().plusDays(30).toString()))
                .post("/api/v1/financings/{id}/extend", scene.financing())
                .then()
                .statusCode(200);
        assertDebtorSees(
                as(erp).get("/api/v1/financings/{id}", scene.financing())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap(""),
                scene,
                "DISBURSED");
        // the bank still sorts by its terms
        as(scene.fx().bankToken())
                .get("/api/v1/financings?sort=principal")
                .then()
                .statusCode(200);
    }

    @Test
    void theErpsEventsSayWhomToPayWhatAndWhenButNoPrice() {
        Scene scene = disbursed();
        as(scene.fx().bankToken())
                .body(Map.of("amount", d("9000.00"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", scene.financing())
                .then()
                .statusCode(200);

        List<Map<String, Object>> feed = events(scene.fx().pair().erpToken());
        // each notice has its own event, with the notice as its data (see the notice tests)
        assertThat(feed)
                .filteredOn(e -> "notice".equals(e.get("subjectType")))
                .extracting(e -> e.get("type"))
                .containsExactly("NOTICE_ISSUED", "NOTICE_ISSUED");
        List<Map<String, Object>> erp = feed.stream()
                .filter(e -> !"notice".equals(e.get("subjectType")))
                .toList();
        assertThat(erp)
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "RECEIVABLES_CONFIRMED", "FINANCING_DISBURSED", "RECEIVABLES_ASSIGNED", "FINANCING_SETTLED");
        for (Map<String, Object> event : erp.subList(1, erp.size())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) event.get("data");
            assertThat(data)
                    .as(event.get("type") + " as the ERP reads it")
                    .doesNotContainKeys(NOT_FOR_THE_DEBTOR.toArray(String[]::new));
            assertThat(data)
                    .containsEntry("financingId", scene.financing())
                    .containsEntry("payTo", scene.fx().bankId())
                    .containsEntry("receivableIds", List.of(scene.receivable()))
                    .containsEntry(
                            "receivables",
                            List.of(Map.of(
                                    "receivableId",
                                    scene.receivable(),
                                    "amount",
                                    d("10000.00"),
                                    "dueDate",
                                    scene.fx().due().toString())));
            assertThat(data.get("assignedAt")).isNotNull();
        }
        assertThat(((Map<?, ?>) erp.get(3).get("data")).get("status")).isEqualTo("SETTLED");

        // the bank's feed keeps the money of each step
        List<Map<String, Object>> bank = events(scene.fx().bankToken());
        Map<?, ?> disbursedForTheBank = (Map<?, ?>) bank.stream()
                .filter(e -> e.get("type").equals("FINANCING_DISBURSED"))
                .findFirst()
                .orElseThrow()
                .get("data");
        assertThat((BigDecimal) disbursedForTheBank.get("annualRate")).isEqualByComparingTo("3.6");
        assertThat((BigDecimal) disbursedForTheBank.get("principal")).isEqualByComparingTo("9000");
    }

    private static List<Map<String, Object>> events(String token) {
        return EventFeeds.after(() -> as(token), "0");
    }
}
