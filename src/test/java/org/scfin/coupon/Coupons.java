package org.scfin.coupon;

import static org.scfin.testing.Api.as;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Tokens;

/** Issuing coupons and approving with them through the API, for the coupon tests. */
final class Coupons {

    /** Jinchang: the test suppliers are registered in its Jinchuan district (620302). */
    static final String JINCHANG = "620300";

    private Coupons() {}

    static ValidatableResponse issue(String authorityRegion, Map<String, Object> body) {
        return as(Tokens.authority(authorityRegion))
                .body(body)
                .post("/api/v1/rate-coupons")
                .then();
    }

    static Map<String, Object> body(Integer cutBp, LocalDate expiresOn, String... supplierIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("supplierIds", List.of(supplierIds));
        if (cutBp != null) {
            body.put("cutBp", cutBp);
        }
        body.put("expiresOn", expiresOn.toString());
        return body;
    }

    /** One coupon of {@code cutBp} for the supplier, from Jinchang's authority, valid for 30 days; its id. */
    static String issueOne(String supplierId, int cutBp) {
        return issue(JINCHANG, body(cutBp, Times.today().plusDays(30), supplierId))
                .statusCode(201)
                .extract()
                .path("items[0].id");
    }

    /** The bank of the fixture approves at {@code rate}, 90% advance, value date today, with the coupon (or none). */
    static ValidatableResponse approve(FinancingFixture fx, String financingId, String rate, String couponId) {
        Map<String, Object> body = new HashMap<>(FinancingFixture.approval(rate, "90", Times.today()));
        if (couponId != null) {
            body.put("couponId", couponId);
        }
        return as(fx.bankToken())
                .body(body)
                .post("/api/v1/financings/{id}/approve", financingId)
                .then();
    }

    static ValidatableResponse read(String token, String couponId) {
        return as(token).get("/api/v1/rate-coupons/{id}", couponId).then();
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
