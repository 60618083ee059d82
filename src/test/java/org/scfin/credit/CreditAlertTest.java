package org.scfin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.credit.CreditFacts.creditCodeOf;
import static org.scfin.credit.CreditFacts.fact;
import static org.scfin.credit.CreditFacts.importFacts;
import static org.scfin.credit.CreditFacts.judgment;
import static org.scfin.credit.CreditFacts.taxGrade;
import static org.scfin.testing.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Races;
import org.scfin.testing.Tokens;

/** A worse public fact about a borrower alerts the banks lending to it, and only them. */
@QuarkusTest
class CreditAlertTest {

    private static final LocalDate TODAY = Times.today();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLowerGradeOrANewJudgmentAlertsTheLendingBankAlone() {
        FinancingFixture lender = FinancingFixture.create("50000000", "AT_MATURITY");
        String financing = disbursed(lender);
        FinancingFixture otherLender = FinancingFixture.create("50000000", "AT_MATURITY");
        disbursed(otherLender);
        String code = creditCodeOf(lender.pair().supplierId());
        importFacts(List.of(taxGrade(code, TODAY.minusDays(400), "A")));
        assertThat(alerts(lender)).isEmpty();

        // better, equal, non-public, older than the profile's grade, a claim it brought: no alert
        importFacts(List.of(
                taxGrade(code, TODAY.minusDays(300), "A"),
                fact(code, "TAX_GRADE", TODAY.minusDays(250), false, "grade", "D"),
                taxGrade(code, TODAY.minusDays(500), "C"),
                judgment(code, TODAY.minusDays(200), "(2026)甘03民初1号", "PLAINTIFF")));
        assertThat(alerts(lender)).isEmpty();

        int raised = importFacts(List.of(
                        taxGrade(code, TODAY.minusDays(30), "C"),
                        judgment(code, TODAY.minusDays(20), "(2026)甘03民初2号", "DEFENDANT")))
                .getInt("alerts");
        assertThat(raised).isEqualTo(2);
        List<JsonNode> alerts = alerts(lender);
        assertThat(alerts).hasSize(2);
        JsonNode grade = alerts.stream()
                .filter(a -> a.path("reason").asText().equals("LOWER_TAX_GRADE"))
                .findFirst()
                .orElseThrow();
        assertThat(grade.path("previousGrade").asText()).isEqualTo("A");
        assertThat(grade.path("fact").path("grade").asText()).isEqualTo("C");
        assertThat(grade.path("supplierId").asText()).isEqualTo(lender.pair().supplierId());
        assertThat(grade.path("financingIds").get(0).asText()).isEqualTo(financing);
        assertThat(alerts.stream().map(a -> a.path("reason").asText()))
                .containsExactlyInAnyOrder("LOWER_TAX_GRADE", "NEW_COURT_JUDGMENT");
        // another bank, lending to another supplier, reads none of them; nor does the supplier
        assertThat(alerts(otherLender)).isEmpty();
        assertThat(EventFeeds.after(() -> as(lender.pair().supplierToken()), "0").stream()
                        .map(e -> e.get("type")))
                .doesNotContain("CREDIT_ALERT");

        // the same judgment again, and an improving grade: nothing new
        int again = importFacts(List.of(
                        judgment(code, TODAY.minusDays(20), "(2026)甘03民初2号", "DEFENDANT"),
                        taxGrade(code, TODAY.minusDays(10), "B")))
                .getInt("alerts");
        assertThat(again).isZero();
        assertThat(alerts(lender)).hasSize(2);
    }

    @Test
    void aLoanNotYetDisbursedIsNotAlerted() {
        FinancingFixture lender = FinancingFixture.create("50000000", "AT_MATURITY");
        String financing = lender.apply("50000", lender.receivable("100000.00"));
        String code = creditCodeOf(lender.pair().supplierId());
        // applied, not disbursed: nothing lent yet
        importFacts(List.of(taxGrade(code, TODAY.minusDays(40), "A")));
        importFacts(List.of(taxGrade(code, TODAY.minusDays(20), "D")));
        assertThat(financing).isNotNull();
        assertThat(alerts(lender)).isEmpty();
    }

    @Test
    void racingImportsOfTheSameFactsRecordThemOnceAndAlertOnce() throws Exception {
        FinancingFixture lender = FinancingFixture.create("50000000", "AT_MATURITY");
        disbursed(lender);
        String code = creditCodeOf(lender.pair().supplierId());
        List<Map<String, Object>> facts = List.of(
                judgment(code, TODAY.minusDays(3), "(2026)甘03民初9号", "DEFENDANT"),
                taxGrade(code, TODAY.minusDays(3), "B"),
                fact(code, "SOCIAL_INSURANCE", TODAY.minusDays(3), false, "headcount", 7));
        List<Response> answers = Races.race(
                4, i -> as(Tokens.admin()).body(Map.of("items", facts)).post("/api/v1/credit-facts"));
        assertThat(Races.count(answers, 200)).isEqualTo(4);
        assertThat(answers.stream().mapToInt(r -> r.path("recorded")).sum()).isEqualTo(3);
        assertThat(CreditFacts.factCount(code)).isEqualTo(3);
        assertThat(alerts(lender)).hasSize(1);
    }

    private static String disbursed(FinancingFixture fx) {
        String id = fx.apply("50000", fx.receivable("100000.00"));
        fx.approve(id, "4", "90", TODAY);
        as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id).then().statusCode(200);
        return id;
    }

    private List<JsonNode> alerts(FinancingFixture fx) {
        return EventFeeds.after(() -> as(Tokens.bank(fx.bankId())), "0").stream()
                .filter(e -> "CREDIT_ALERT".equals(e.get("type")))
                .map(e -> (JsonNode) json.valueToTree(e.get("data")))
                .toList();
    }
}
