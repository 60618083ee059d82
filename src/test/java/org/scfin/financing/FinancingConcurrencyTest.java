package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.testing.Api.as;
import static org.scfin.testing.Races.count;
import static org.scfin.testing.Races.race;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;

/** The double-financing, limit and lost-update guarantees, under requests that really race. */
@QuarkusTest
class FinancingConcurrencyTest {

    private static final int RACERS = 16;

    @Test
    void sixteenApplicationsForOneReceivableYieldExactlyOne() throws Exception {
        FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
        String receivable = fx.receivable("10000.00");
        List<Response> responses = race(
                RACERS,
                n -> as(n % 2 == 0 ? fx.pair().supplierToken() : fx.bankToken())
                        .body(
                                n % 2 == 0
                                        ? Map.of(
                                                "programId",
                                                fx.programId(),
                                                "receivableIds",
                                                List.of(receivable),
                                                "requestedAmount",
                                                new BigDecimal("9000.00"))
                                        : Map.of(
                                                "programId",
                                                fx.programId(),
                                                "receivableIds",
                                                List.of(receivable),
                                                "requestedAmount",
                                                new BigDecimal("9000.00"),
                                                "supplierId",
                                                fx.pair().supplierId()))
                        .post("/api/v1/financings"));
        assertThat(responses)
                .as(responses.stream()
                        .map(r -> r.statusCode() + " " + r.asString())
                        .toList()
                        .toString())
                .allMatch(r -> r.statusCode() == 201 || r.statusCode() == 409);
        assertThat(count(responses, 201)).isEqualTo(1);
        responses.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r ->
                        assertThat(r.jsonPath().getString("errors[0].rule")).isEqualTo("not-financed"));
        Number live = as(fx.bankToken())
                .get("/api/v1/financings?supplierId=" + fx.pair().supplierId())
                .then()
                .extract()
                .path("total");
        assertThat(live.intValue()).isEqualTo(1);
    }

    @Test
    void racingApprovalsNeverPassTheProgramLimit() throws Exception {
        // a limit of 25,000 holds two principals of 9,000 but not three
        FinancingFixture fx = FinancingFixture.create("25000.00", "UPFRONT");
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            applications.add(fx.apply("9000.00", fx.receivable("10000.00")));
        }
        List<Response> responses = race(
                applications.size(),
                n -> as(fx.bankToken())
                        .body(Map.of(
                                "annualRate",
                                new BigDecimal("4.0"),
                                "advanceRatio",
                                new BigDecimal("90"),
                                "valueDate",
                                Times.today().toString()))
                        .post("/api/v1/financings/{id}/approve", applications.get(n)));
        assertThat(responses).allMatch(r -> r.statusCode() == 200 || r.statusCode() == 409);
        assertThat(count(responses, 200)).isEqualTo(2);
        responses.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r ->
                        assertThat(r.jsonPath().getString("errors[0].rule")).isEqualTo("within-credit-limit"));
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("reservedPrincipal", Matchers.equalTo(new BigDecimal("18000.00")));
    }

    @Test
    void racingStateChangesApplyOnceAndPaymentsAreNeverLost() throws Exception {
        FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
        String id = fx.apply("9000.00", fx.receivable("10000.00"));
        fx.approve(id, "4.0", "90", Times.today());
        List<Response> disbursements =
                race(RACERS, n -> as(fx.bankToken()).post("/api/v1/financings/{id}/disburse", id));
        assertThat(count(disbursements, 200)).isEqualTo(1);
        assertThat(count(disbursements, 409)).isEqualTo(RACERS - 1);

        List<Response> payments = race(
                RACERS,
                n -> as(fx.bankToken())
                        .body(Map.of(
                                "amount",
                                new BigDecimal("100.01"),
                                "paidOn",
                                Times.today().toString()))
                        .post("/api/v1/financings/{id}/settle", id));
        assertThat(count(payments, 200)).isEqualTo(RACERS);
        Response after = as(fx.bankToken()).get("/api/v1/financings/{id}", id);
        assertThat(new BigDecimal(after.jsonPath().getString("settledAmount"))).isEqualByComparingTo("1600.16");
        assertThat(after.jsonPath().getList("history")).hasSize(3 + RACERS);
    }

    @Test
    void anApplicationRacingTheReceivablesCancellationEndsConsistent() throws Exception {
        for (int round = 0; round < 4; round++) {
            FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
            String receivable = fx.receivable("1000.00");
            List<Response> responses = race(
                    2,
                    n -> n == 0
                            ? as(fx.pair().supplierToken())
                                    .body(Map.of(
                                            "programId",
                                            fx.programId(),
                                            "receivableIds",
                                            List.of(receivable),
                                            "requestedAmount",
                                            new BigDecimal("900.00")))
                                    .post("/api/v1/financings")
                            : as(fx.pair().erpToken())
                                    .body(Map.of("reason", "withdrawn"))
                                    .post("/api/v1/receivables/{id}/cancel", receivable));
            String status = as(fx.pair().erpToken())
                    .get("/api/v1/receivables/{id}", receivable)
                    .then()
                    .extract()
                    .path("status");
            Number live = as(fx.bankToken())
                    .get("/api/v1/financings?status=APPLIED&supplierId="
                            + fx.pair().supplierId())
                    .then()
                    .extract()
                    .path("total");
            // exactly one wins: a cancelled receivable backs nothing, a financed one is still confirmed
            if (responses.get(0).statusCode() == 201) {
                assertThat(responses.get(1).statusCode()).isEqualTo(409);
                assertThat(status).isEqualTo("CONFIRMED");
                assertThat(live.intValue()).isEqualTo(1);
            } else {
                assertThat(responses.get(0).statusCode()).isEqualTo(409);
                assertThat(responses.get(1).statusCode()).isEqualTo(200);
                assertThat(status).isEqualTo("CANCELLED");
                assertThat(live.intValue()).isZero();
            }
        }
    }
}
