package org.scfin.creditline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;
import static org.scfin.testing.Races.count;
import static org.scfin.testing.Races.race;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.PoolFixtures;

/** A line is consumed and given back exactly once, under approvals and releases that really race. */
@QuarkusTest
class CreditLineConcurrencyTest {

    @Test
    void racingApprovalsNeverPassTheLineAndRacingReleasesGiveBackOnce() throws Exception {
        // the program could lend all eight; the line of 20,000 holds two principals of 9,000 but not three
        FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
        String product = PoolFixtures.jinchangProduct(fx.bankId());
        String line = PoolFixtures.grant(
                fx.bankId(),
                product,
                fx.pair().supplierId(),
                "20000.00",
                Times.today().plusMonths(6));
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            applications.add(fx.apply("9000.00", fx.receivable("10000.00")));
        }
        List<Response> approvals = race(applications.size(), n -> approve(fx, applications.get(n), line));
        assertThat(approvals)
                .as(approvals.stream()
                        .map(r -> r.statusCode() + " " + r.asString())
                        .toList()
                        .toString())
                .allMatch(r -> r.statusCode() == 200 || r.statusCode() == 409);
        assertThat(count(approvals, 200)).isEqualTo(2);
        approvals.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r ->
                        assertThat(r.jsonPath().getString("errors[0].rule")).isEqualTo("within-credit-line"));
        assertLine(fx, line, "18000.00");
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(new BigDecimal("18000.00")));

        List<String> approved = approvals.stream()
                .filter(r -> r.statusCode() == 200)
                .map(r -> r.jsonPath().getString("id"))
                .toList();
        // eight releases of the two approved financings, four each: each gives the line back once
        List<Response> releases = race(
                8,
                n -> as(fx.bankToken())
                        .body(Map.of("reasonCode", "OTHER", "note", "withdrawn"))
                        .post("/api/v1/financings/{id}/reject", approved.get(n % 2)));
        assertThat(count(releases, 200)).isEqualTo(2);
        assertThat(count(releases, 409)).isEqualTo(6);
        assertLine(fx, line, "0.00");
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void approvalsRacingReleasesKeepTheLineExact() throws Exception {
        // one financing holds 9,000 of a line of 10,000; its rejection races four approvals of 9,000 each
        FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
        String product = PoolFixtures.jinchangProduct(fx.bankId());
        String line = PoolFixtures.grant(
                fx.bankId(),
                product,
                fx.pair().supplierId(),
                "10000.00",
                Times.today().plusMonths(6));
        String holder = fx.apply("9000.00", fx.receivable("10000.00"));
        approve(fx, holder, line).then().statusCode(200);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            applications.add(fx.apply("9000.00", fx.receivable("10000.00")));
        }
        List<Response> responses = race(
                5,
                n -> n == 0
                        ? as(fx.bankToken())
                                .body(Map.of("reasonCode", "OTHER", "note", "withdrawn"))
                                .post("/api/v1/financings/{id}/reject", holder)
                        : approve(fx, applications.get(n - 1), line));
        assertThat(responses.get(0).statusCode()).isEqualTo(200);
        long approvedNow = responses.subList(1, 5).stream()
                .filter(r -> r.statusCode() == 200)
                .count();
        // approvals decided before the release find the line full; at most one fits after it
        assertThat(approvedNow).isBetween(0L, 1L);
        assertLine(fx, line, approvedNow == 1 ? "9000.00" : "0.00");
    }

    /** Approves at 4% for 90% of the receivable within the line: a principal of 9,000.00. */
    private static Response approve(FinancingFixture fx, String financingId, String line) {
        Map<String, Object> body = new HashMap<>(FinancingFixture.approval("4.0", "90", Times.today()));
        body.put("creditLineId", line);
        return as(fx.bankToken()).body(body).post("/api/v1/financings/{id}/approve", financingId);
    }

    private static void assertLine(FinancingFixture fx, String line, String used) {
        as(fx.bankToken())
                .get("/api/v1/credit-lines/{id}", line)
                .then()
                .body("usedAmount", equalTo(new BigDecimal(used)));
    }
}
