package org.scfin.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.coupon.Coupons.approve;
import static org.scfin.coupon.Coupons.issueOne;
import static org.scfin.coupon.Coupons.money;
import static org.scfin.coupon.Coupons.read;
import static org.scfin.testing.Api.as;
import static org.scfin.testing.Races.count;
import static org.scfin.testing.Races.race;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** A coupon is used once, by one of several approvals that really race for it. */
@QuarkusTest
class CouponConcurrencyTest {

    private static final int RACERS = 6;

    @Test
    void ofApprovalsRacingForOneCouponExactlyOneUsesIt() throws Exception {
        // one supplier, six banks each with its own program: nothing but the coupon is shared between the approvals
        Pair pair = Fixtures.pair();
        List<FinancingFixture> banks = new ArrayList<>();
        List<String> financings = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String bank = Fixtures.bank("620300");
            String program =
                    Fixtures.program(bank, pair.coreEnterpriseId(), "1000000.00", "90", "3.5", "5.0", "UPFRONT");
            FinancingFixture fx = new FinancingFixture(pair, bank, program);
            banks.add(fx);
            financings.add(fx.apply("9000.00", fx.receivable("10000.00")));
        }
        String coupon = issueOne(pair.supplierId(), 20);

        List<Response> approvals = race(
                RACERS,
                n -> approve(banks.get(n), financings.get(n), "4.0", coupon)
                        .extract()
                        .response());

        assertThat(approvals)
                .as(approvals.stream()
                        .map(r -> r.statusCode() + " " + r.asString())
                        .toList()
                        .toString())
                .allMatch(r -> r.statusCode() == 200 || r.statusCode() == 409);
        assertThat(count(approvals, 200)).isEqualTo(1);
        int winner = -1;
        for (int i = 0; i < RACERS; i++) {
            Response r = approvals.get(i);
            if (r.statusCode() == 200) {
                winner = i;
                continue;
            }
            assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("couponId");
            assertThat(r.jsonPath().getString("errors[0].rule")).isEqualTo("unused-coupon");
            // nothing of a loser was written: its financing is still applied and its program reserves nothing
            FinancingFixture fx = banks.get(i);
            as(fx.bankToken())
                    .get("/api/v1/financings/{id}", financings.get(i))
                    .then()
                    .body("status", equalTo("APPLIED"))
                    .body("couponId", nullValue())
                    .body("principal", nullValue());
            as(fx.bankToken())
                    .get("/api/v1/programs/{id}", fx.programId())
                    .then()
                    .body("reservedPrincipal", equalTo(money("0.00")));
        }
        read(Tokens.supplier(pair.supplierId()), coupon)
                .body("status", equalTo("USED"))
                .body("financingId", equalTo(financings.get(winner)))
                .body("bankId", equalTo(banks.get(winner).bankId()))
                .body("interestSaved", equalTo(money("6.00")));
        as(banks.get(winner).bankToken())
                .get("/api/v1/financings/{id}", financings.get(winner))
                .then()
                .body("couponId", equalTo(coupon))
                .body("annualRate", equalTo(money("3.8000")));
    }
}
