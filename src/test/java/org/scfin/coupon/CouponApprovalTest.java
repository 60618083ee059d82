package org.scfin.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.coupon.Coupons.JINCHANG;
import static org.scfin.coupon.Coupons.approve;
import static org.scfin.coupon.Coupons.body;
import static org.scfin.coupon.Coupons.issue;
import static org.scfin.coupon.Coupons.issueOne;
import static org.scfin.coupon.Coupons.money;
import static org.scfin.coupon.Coupons.read;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/**
 * A bank applies a supplier's coupon when it approves: the bank's rate keeps to the program's bounds, the financing is
 * priced at that rate less the cut, and the coupon is used once; a refused approval writes nothing.
 */
@QuarkusTest
class CouponApprovalTest {

    /** The fixture's program lends 3.5% to 5.0% on ACT_360, UPFRONT; its receivables are due in 120 days. */
    private static FinancingFixture scene() {
        return FinancingFixture.create("10000000.00", "UPFRONT");
    }

    /** An application of 9,000.00 against a receivable of 10,000.00: at 90% the principal is 9,000.00. */
    private static String application(FinancingFixture fx) {
        return fx.apply("9000.00", fx.receivable("10000.00"));
    }

    @Test
    void theFinancingIsPricedAtTheRateLessTheCutAndRecordsBoth() {
        FinancingFixture fx = scene();
        String coupon = issueOne(fx.pair().supplierId(), 20);
        String id = application(fx);
        // a bank deciding the supplier's application may read the coupon before it approves
        read(fx.bankToken(), coupon).statusCode(200).body("cutBp", equalTo(20));
        // 9,000.00 x 3.8% x 120 / 360 = 114.00; without the coupon 120.00: 6.00 saved
        approve(fx, id, "4.0", coupon)
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("annualRate", equalTo(money("3.8000")))
                .body("rateBeforeCoupon", equalTo(money("4.0000")))
                .body("couponId", equalTo(coupon))
                .body("principal", equalTo(money("9000.00")))
                .body("interest", equalTo(money("114.00")))
                .body("netAmount", equalTo(money("8886.00")))
                .body("interestSaved", equalTo(money("6.00")));
        read(Tokens.supplier(fx.pair().supplierId()), coupon)
                .statusCode(200)
                .body("status", equalTo("USED"))
                .body("financingId", equalTo(id))
                .body("bankId", equalTo(fx.bankId()))
                .body("usedOn", equalTo(Times.today().toString()))
                .body("interestSaved", equalTo(money("6.00")));
        // the bank now reads it as used on its financing, and lists it
        read(fx.bankToken(), coupon).statusCode(200).body("status", equalTo("USED"));
        as(fx.bankToken()).get("/api/v1/rate-coupons").then().body("items.id", contains(coupon));
        // the rate history and the rate records carry the rate charged
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .body("history[1].annualRate", equalTo(money("3.8000")));
        assertThat(types(Tokens.supplier(fx.pair().supplierId())))
                .containsSubsequence("COUPON_ISSUED", "FINANCING_APPLIED", "COUPON_USED", "FINANCING_APPROVED");
        assertThat(types(fx.bankToken()))
                .containsSubsequence("FINANCING_APPLIED", "COUPON_USED", "FINANCING_APPROVED")
                .doesNotContain("COUPON_ISSUED");
        // the ERP learns nothing of it
        assertThat(types(fx.pair().erpToken())).doesNotContain("COUPON_ISSUED", "COUPON_USED");
    }

    @Test
    void theBanksRateIsCheckedAgainstTheProgramBeforeTheCut() {
        FinancingFixture fx = scene();
        String coupon = issueOne(fx.pair().supplierId(), 50);
        String id = application(fx);
        // 3.4% is under the program's floor of 3.5%, coupon or not
        approve(fx, id, "3.4", coupon)
                .statusCode(422)
                .body("errors[0].field", equalTo("annualRate"))
                .body("errors[0].rule", equalTo("within-program-bounds"));
        assertUnused(fx, id, coupon);
        // 3.6% is within it; less 50 bp the financing runs at 3.1%, under the floor, as the authority pays for it
        approve(fx, id, "3.6", coupon)
                .statusCode(200)
                .body("annualRate", equalTo(money("3.1000")))
                .body("rateBeforeCoupon", equalTo(money("3.6000")))
                // 9,000.00 x 0.5% x 120 / 360 = 15.00
                .body("interestSaved", equalTo(money("15.00")));
    }

    @Test
    void aCutThatLeavesNoPositiveRateIsRefused() {
        FinancingFixture fx = scene();
        String coupon = issueOne(fx.pair().supplierId(), 500);
        String id = application(fx);
        approve(fx, id, "5.0", coupon)
                .statusCode(422)
                .body("errors[0].field", equalTo("couponId"))
                .body("errors[0].rule", equalTo("positive-rate-after-coupon"));
        assertUnused(fx, id, coupon);
    }

    @Test
    void anotherSuppliersCouponIsRefusedAsUnknown() {
        FinancingFixture fx = scene();
        String others = issueOne(Fixtures.supplier("620302", "MICRO", false), 20);
        String id = application(fx);
        approve(fx, id, "4.0", others)
                .statusCode(422)
                .body("errors[0].field", equalTo("couponId"))
                .body("errors[0].rule", equalTo("known-coupon"));
        approve(fx, id, "4.0", "0AAAAAAAAAAAA").statusCode(422).body("errors[0].rule", equalTo("known-coupon"));
        approve(fx, id, "4.0", "not an id").statusCode(422).body("errors[0].field", equalTo("couponId"));
        assertUnused(fx, id, others);
        // and that supplier's coupon stays unread by this bank
        read(fx.bankToken(), others).statusCode(404);
    }

    @Test
    void aUsedRevokedOrExpiredCouponIsAConflict() {
        FinancingFixture fx = scene();
        String coupon = issueOne(fx.pair().supplierId(), 20);
        String first = application(fx);
        String second = application(fx);
        approve(fx, first, "4.0", coupon).statusCode(200);
        approve(fx, second, "4.0", coupon)
                .statusCode(409)
                .body("errors[0].field", equalTo("couponId"))
                .body("errors[0].rule", equalTo("unused-coupon"));
        assertUntouched(fx, second);

        String revoked = issueOne(fx.pair().supplierId(), 20);
        as(Tokens.authority(JINCHANG))
                .post("/api/v1/rate-coupons/{id}/revoke", revoked)
                .then()
                .statusCode(200);
        approve(fx, second, "4.0", revoked).statusCode(409).body("errors[0].rule", equalTo("unused-coupon"));
        assertUntouched(fx, second);

        String expiring = issue(
                        JINCHANG, body(20, Times.today().plusDays(1), fx.pair().supplierId()))
                .statusCode(201)
                .extract()
                .path("items[0].id");
        TestClock.today(Times.today().plusDays(2));
        read(Tokens.supplier(fx.pair().supplierId()), expiring).body("status", equalTo("EXPIRED"));
        approve(fx, second, "4.0", expiring)
                .statusCode(409)
                .body("errors[0].rule", equalTo("unused-coupon"))
                .body("detail", containsString("EXPIRED"));
        assertUntouched(fx, second);
        // the last day is still good
        TestClock.today(Times.today().minusDays(1));
        approve(fx, second, "4.0", expiring).statusCode(200).body("couponId", equalTo(expiring));
    }

    @Test
    void aWithdrawnApprovalGivesTheCouponBackButARejectedApplicationNeverHeldIt() {
        FinancingFixture fx = scene();
        String coupon = issueOne(fx.pair().supplierId(), 20);
        String first = application(fx);
        approve(fx, first, "4.0", coupon).statusCode(200);
        as(fx.bankToken())
                .body(Map.of("reasonCode", "CREDIT_DECLINED"))
                .post("/api/v1/financings/{id}/reject", first)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                // the rejected financing keeps the terms it was approved at
                .body("couponId", equalTo(coupon));
        read(Tokens.supplier(fx.pair().supplierId()), coupon)
                .body("status", equalTo("ISSUED"))
                .body("financingId", nullValue())
                .body("usedOn", nullValue())
                .body("interestSaved", nullValue());
        assertThat(types(Tokens.supplier(fx.pair().supplierId()))).contains("COUPON_RETURNED");
        // the coupon serves the next approval
        String second = application(fx);
        approve(fx, second, "4.0", coupon).statusCode(200).body("interestSaved", equalTo(money("6.00")));
        // once disbursed it stays used, settled or not
        as(fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", second)
                .then()
                .statusCode(200);
        as(fx.bankToken())
                .body(Map.of("reasonCode", "CREDIT_DECLINED"))
                .post("/api/v1/financings/{id}/reject", second)
                .then()
                .statusCode(409);
        read(Tokens.supplier(fx.pair().supplierId()), coupon)
                .body("status", equalTo("USED"))
                .body("financingId", equalTo(second));
    }

    @Test
    void onlyTheFinancingsBankAppliesACoupon() {
        FinancingFixture fx = scene();
        String coupon = issueOne(fx.pair().supplierId(), 20);
        String id = application(fx);
        Map<String, Object> body = new HashMap<>(FinancingFixture.approval("4.0", "90", Times.today()));
        body.put("couponId", coupon);
        for (String token :
                List.of(Tokens.supplier(fx.pair().supplierId()), Tokens.authority(JINCHANG), Tokens.admin())) {
            as(token)
                    .body(body)
                    .post("/api/v1/financings/{id}/approve", id)
                    .then()
                    .statusCode(403);
        }
        as(Tokens.bank(Fixtures.bank(JINCHANG)))
                .body(body)
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(404);
        assertUnused(fx, id, coupon);
    }

    private static void assertUnused(FinancingFixture fx, String financingId, String couponId) {
        assertUntouched(fx, financingId);
        read(Tokens.admin(), couponId)
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("financingId", nullValue());
    }

    /** Nothing written: the financing still applied, without a coupon, and the program reserves nothing for it. */
    private static void assertUntouched(FinancingFixture fx, String financingId) {
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", financingId)
                .then()
                .body("status", equalTo("APPLIED"))
                .body("couponId", nullValue())
                .body("rateBeforeCoupon", nullValue())
                .body("interestSaved", nullValue())
                .body("principal", nullValue());
    }

    private static List<Object> types(String token) {
        return EventFeeds.after(() -> as(token), "0").stream()
                .map(e -> e.get("type"))
                .toList();
    }
}
