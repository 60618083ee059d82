package org.scfin.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.scfin.coupon.Coupons.JINCHANG;
import static org.scfin.coupon.Coupons.body;
import static org.scfin.coupon.Coupons.issue;
import static org.scfin.coupon.Coupons.read;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.EventFeeds;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** An authority issues, lists and revokes the coupons of its region's suppliers; nobody else does. */
@QuarkusTest
class CouponIssueTest {

    private static final LocalDate IN_A_MONTH = Times.today().plusDays(30);

    @Test
    void anAuthorityIssuesToSeveralSuppliersOfItsRegionAtOnce() {
        String jinchuan = Fixtures.supplier("620302", "MICRO", true);
        String yongchang = Fixtures.supplier("620321", "SMALL", false);
        List<String> ids = issue(JINCHANG, body(null, IN_A_MONTH, jinchuan, yongchang))
                .statusCode(201)
                .body("items", hasSize(2))
                .body("items.supplierId", contains(jinchuan, yongchang))
                .body("items.supplierRegionCode", contains("620302", "620321"))
                .body("items.authorityRegionCode", everyItem(equalTo(JINCHANG)))
                .body("items.cutBp", everyItem(equalTo(20)))
                .body("items.status", everyItem(equalTo("ISSUED")))
                .body("items.expiresOn", everyItem(equalTo(IN_A_MONTH.toString())))
                .body("items.issuedOn", everyItem(equalTo(Times.today().toString())))
                .body("items.financingId", everyItem(nullValue()))
                .body("items.interestSaved", everyItem(nullValue()))
                .extract()
                .path("items.id");
        // the supplier reads its own, and learns of it in its feed
        read(Tokens.supplier(jinchuan), ids.get(0)).statusCode(200).body("cutBp", equalTo(20));
        List<Map<String, Object>> events = EventFeeds.after(() -> as(Tokens.supplier(jinchuan)), "0");
        assertThat(events).extracting(e -> e.get("type")).containsExactly("COUPON_ISSUED");
        assertThat(events.get(0).get("subjectId")).isEqualTo(ids.get(0));
        assertThat(events.get(0).get("subjectType")).isEqualTo("RATE_COUPON");
        // a province's authority sees the coupons of its cities' suppliers, and issues to them too
        read(Tokens.authority("620000"), ids.get(1)).statusCode(200);
        issue("620000", body(35, IN_A_MONTH, jinchuan))
                .statusCode(201)
                .body("items[0].cutBp", equalTo(35))
                .body("items[0].authorityRegionCode", equalTo("620000"));
    }

    @Test
    void aSupplierOutsideTheRegionIsRefusedAsIfItDidNotExist() {
        String mine = Fixtures.supplier("620302", "MICRO", false);
        String lanzhou = Fixtures.supplier("620102", "MICRO", false);
        String missing = "0AAAAAAAAAAAA";
        Map<String, Object> problem = issue(JINCHANG, body(20, IN_A_MONTH, mine, lanzhou, missing))
                .statusCode(422)
                .body("errors.field", contains("supplierIds[1]", "supplierIds[2]"))
                .body("errors.rule", everyItem(equalTo("supplier-in-region")))
                .extract()
                .path("");
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.get("errors");
        // the same words, but for the id itself: nothing tells an existing supplier elsewhere from none at all
        assertThat(errors.get(0).get("message").replace(lanzhou, "ID"))
                .isEqualTo(errors.get(1).get("message").replace(missing, "ID"));
        // all or nothing: the supplier of the region got no coupon either
        as(Tokens.supplier(mine))
                .get("/api/v1/rate-coupons")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // Lanzhou's own authority may
        issue("620100", body(20, IN_A_MONTH, lanzhou)).statusCode(201);
    }

    @Test
    void anAuthorityFindsTheSuppliersOfItsRegion() {
        String jinchuan = Fixtures.supplier("620302", "MICRO", false);
        String lanzhou = Fixtures.supplier("620102", "MICRO", false);
        as(Tokens.authority(JINCHANG))
                .get("/api/v1/suppliers?size=200&sort=createdAt,desc")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(jinchuan))
                .body("items.id", not(hasItem(lanzhou)))
                .body("items.regionCode", everyItem(startsWith("6203")));
        as(Tokens.authority(JINCHANG))
                .get("/api/v1/suppliers/{id}", jinchuan)
                .then()
                .statusCode(200);
        as(Tokens.authority(JINCHANG))
                .get("/api/v1/suppliers/{id}", lanzhou)
                .then()
                .statusCode(404);
    }

    @Test
    void badInputNamesTheField() {
        String supplier = Fixtures.supplier("620302", "MICRO", false);
        issue(JINCHANG, body(0, IN_A_MONTH, supplier)).statusCode(422).body("errors[0].field", equalTo("cutBp"));
        issue(JINCHANG, body(501, IN_A_MONTH, supplier)).statusCode(422).body("errors[0].field", equalTo("cutBp"));
        issue(JINCHANG, body(20, Times.today(), supplier))
                .statusCode(422)
                .body("errors[0].field", equalTo("expiresOn"))
                .body("errors[0].rule", equalTo("after-today"));
        issue(JINCHANG, body(20, IN_A_MONTH, supplier, supplier))
                .statusCode(422)
                .body("errors[0].field", equalTo("supplierIds[1]"))
                .body("errors[0].rule", equalTo("distinct"));
        issue(JINCHANG, body(20, IN_A_MONTH)).statusCode(422).body("errors[0].field", equalTo("supplierIds"));
        issue(JINCHANG, body(20, IN_A_MONTH, Collections.nCopies(101, supplier).toArray(String[]::new)))
                .statusCode(422)
                .body("errors[0].field", equalTo("supplierIds"));
        issue(JINCHANG, body(20, IN_A_MONTH, "not-an-id"))
                .statusCode(422)
                .body("errors[0].field", equalTo("supplierIds[0]"));
        Map<String, Object> decimalCut = new HashMap<>(body(null, IN_A_MONTH, supplier));
        decimalCut.put("cutBp", 20.5);
        issue(JINCHANG, decimalCut).statusCode(400);
        as(Tokens.supplier(supplier)).get("/api/v1/rate-coupons").then().body("total", equalTo(0));
    }

    @Test
    void onlyAnAuthorityIssuesAndAnAuthorityTokenMustNameItsRegion() {
        Pair pair = Fixtures.pair();
        Map<String, Object> body = body(20, IN_A_MONTH, pair.supplierId());
        for (String token : List.of(
                Tokens.admin(),
                pair.supplierToken(),
                pair.erpToken(),
                Tokens.bank(Fixtures.bank(JINCHANG)),
                Tokens.dashboard(JINCHANG))) {
            as(token).body(body).post("/api/v1/rate-coupons").then().statusCode(403);
        }
        as(Tokens.authority(null))
                .body(body)
                .post("/api/v1/rate-coupons")
                .then()
                .statusCode(401);
        as(pair.supplierToken()).get("/api/v1/rate-coupons").then().body("total", equalTo(0));
    }

    @Test
    void anIssueIsRetriedSafelyWithItsIdempotencyKey() {
        String supplier = Fixtures.supplier("620302", "MICRO", false);
        Map<String, Object> body = body(20, IN_A_MONTH, supplier);
        String first = as(Tokens.authority(JINCHANG))
                .header("Idempotency-Key", "coupons-" + supplier)
                .body(body)
                .post("/api/v1/rate-coupons")
                .then()
                .statusCode(201)
                .extract()
                .path("items[0].id");
        as(Tokens.authority(JINCHANG))
                .header("Idempotency-Key", "coupons-" + supplier)
                .body(body)
                .post("/api/v1/rate-coupons")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("items[0].id", equalTo(first));
        as(Tokens.supplier(supplier)).get("/api/v1/rate-coupons").then().body("total", equalTo(1));
    }

    @Test
    void eachCallerListsWhatItMaySee() {
        String jinchuan = Fixtures.supplier("620302", "MICRO", false);
        String lanzhou = Fixtures.supplier("620102", "MICRO", false);
        String mine = issue(JINCHANG, body(20, IN_A_MONTH, jinchuan))
                .statusCode(201)
                .extract()
                .path("items[0].id");
        String theirs = issue("620100", body(30, IN_A_MONTH, lanzhou))
                .statusCode(201)
                .extract()
                .path("items[0].id");
        List<String> jinchangSees = as(Tokens.authority(JINCHANG))
                .get("/api/v1/rate-coupons?size=200&sort=createdAt,desc")
                .then()
                .statusCode(200)
                .body("items.supplierRegionCode", everyItem(startsWith("6203")))
                .extract()
                .path("items.id");
        assertThat(jinchangSees).contains(mine).doesNotContain(theirs);
        as(Tokens.authority("620000"))
                .get("/api/v1/rate-coupons?supplierId=" + lanzhou)
                .then()
                .body("items.id", contains(theirs));
        as(Tokens.supplier(jinchuan)).get("/api/v1/rate-coupons").then().body("items.id", contains(mine));
        as(Tokens.admin())
                .get("/api/v1/rate-coupons?regionCode=620100&status=ISSUED&size=200")
                .then()
                .body("items.id", hasItem(theirs))
                .body("items.id", not(hasItem(mine)));
        // a bank lists the coupons used on its own financings: none here
        as(Tokens.bank(Fixtures.bank(JINCHANG)))
                .get("/api/v1/rate-coupons")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // another region's authority, another supplier, a bank with no application of the supplier: 404
        read(Tokens.authority("620100"), mine).statusCode(404);
        read(Tokens.supplier(lanzhou), mine).statusCode(404);
        read(Tokens.bank(Fixtures.bank(JINCHANG)), mine).statusCode(404);
        // roles with no coupons at all: 403
        for (String token : List.of(Tokens.dashboard(JINCHANG), Tokens.erp(Fixtures.coreEnterprise()))) {
            read(token, mine).statusCode(403);
            as(token).get("/api/v1/rate-coupons").then().statusCode(403);
        }
        as(Tokens.admin())
                .get("/api/v1/rate-coupons?status=LOST")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(Tokens.admin())
                .get("/api/v1/rate-coupons?issuedFrom=yesterday")
                .then()
                .statusCode(400);
        as(Tokens.admin())
                .get("/api/v1/rate-coupons?supplierId=" + jinchuan + "&issuedFrom=" + Times.today() + "&issuedTo="
                        + Times.today())
                .then()
                .body("items.id", contains(mine));
    }

    @Test
    void theIssuingAuthorityRevokesAnUnusedCouponOnce() {
        String supplier = Fixtures.supplier("620302", "MICRO", false);
        String byCity = issue(JINCHANG, body(20, IN_A_MONTH, supplier))
                .statusCode(201)
                .extract()
                .path("items[0].id");
        String byProvince = issue("620000", body(20, IN_A_MONTH, supplier))
                .statusCode(201)
                .extract()
                .path("items[0].id");
        // another region's authority does not see it; a county authority under the issuer sees but may not revoke
        revoke("620100", byCity).statusCode(404);
        revoke("620302", byCity).statusCode(403);
        revoke(JINCHANG, byProvince).statusCode(403);
        for (String token : List.of(Tokens.admin(), Tokens.supplier(supplier), Tokens.dashboard(JINCHANG))) {
            as(token).post("/api/v1/rate-coupons/{id}/revoke", byCity).then().statusCode(403);
        }
        read(Tokens.supplier(supplier), byCity).body("status", equalTo("ISSUED"));

        revoke(JINCHANG, byCity)
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", not(nullValue()));
        revoke(JINCHANG, byCity).statusCode(409);
        revoke("620000", byProvince).statusCode(200).body("status", equalTo("REVOKED"));
        List<Object> types = new ArrayList<>();
        EventFeeds.after(() -> as(Tokens.supplier(supplier)), "0").forEach(e -> types.add(e.get("type")));
        assertThat(types).containsExactly("COUPON_ISSUED", "COUPON_ISSUED", "COUPON_REVOKED", "COUPON_REVOKED");
        as(Tokens.supplier(supplier))
                .get("/api/v1/rate-coupons?status=REVOKED")
                .then()
                .body("items.id", containsInAnyOrder(byCity, byProvince));
    }

    private static ValidatableResponse revoke(String authorityRegion, String couponId) {
        return as(Tokens.authority(authorityRegion))
                .post("/api/v1/rate-coupons/{id}/revoke", couponId)
                .then();
    }
}
