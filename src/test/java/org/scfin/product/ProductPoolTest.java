package org.scfin.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;
import static org.scfin.testing.PoolFixtures.product;
import static org.scfin.testing.PoolFixtures.publish;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

@QuarkusTest
class ProductPoolTest {

    @Test
    void aBankPublishesChangesAndWithdrawsItsOwnProduct() {
        String bank = Fixtures.bank("620300");
        Map<String, Object> body = product("PURE_CREDIT", "3.65", "4.35", "620300", "620000");
        body.put("minTaxGrade", "B");
        var created = as(Tokens.bank(bank))
                .body(body)
                .post("/api/v1/products")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/products/" + id);
        as(Tokens.supplier(Fixtures.supplier()))
                .get("/api/v1/products/{id}", id)
                .then()
                .statusCode(200)
                .body("bankId", equalTo(bank))
                .body("kind", equalTo("PURE_CREDIT"))
                .body("rateMin", equalTo(new BigDecimal("3.6500")))
                .body("rateMax", equalTo(new BigDecimal("4.3500")))
                .body("maxAmount", equalTo(new BigDecimal("1000000.00")))
                .body("regionCodes", contains("620000", "620300"))
                .body("minTaxGrade", equalTo("B"))
                .body("status", equalTo("PUBLISHED"))
                .body("withdrawnAt", nullValue());

        body.put("rateMax", new BigDecimal("4.8"));
        body.put("regionCodes", List.of("620302"));
        as(Tokens.bank(bank))
                .body(body)
                .put("/api/v1/products/{id}", id)
                .then()
                .statusCode(200)
                .body("rateMax", equalTo(new BigDecimal("4.8000")))
                .body("regionCodes", contains("620302"));

        as(Tokens.bank(bank))
                .post("/api/v1/products/{id}/withdraw", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(Tokens.bank(bank)).post("/api/v1/products/{id}/withdraw", id).then().statusCode(409);
        as(Tokens.bank(bank)).body(body).put("/api/v1/products/{id}", id).then().statusCode(409);
        // gone from the pool for everyone but its bank
        as(Tokens.supplier(Fixtures.supplier()))
                .get("/api/v1/products/{id}", id)
                .then()
                .statusCode(404);
        as(Tokens.bank(Fixtures.bank("620300")))
                .get("/api/v1/products/{id}", id)
                .then()
                .statusCode(404);
        as(Tokens.bank(bank)).get("/api/v1/products/{id}", id).then().statusCode(200);
        as(Tokens.admin())
                .get("/api/v1/products?bankId=" + bank)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void onlyItsBankChangesAProductAndOnlyBanksPublish() {
        String bank = Fixtures.bank("620300");
        String other = Fixtures.bank("620300");
        Map<String, Object> body = product("RECEIVABLES", "3.5", "5.0", "620300");
        String id = publish(bank, body);

        Map<String, Object> changed = product("PLEDGE", "2.0", "2.5", "620000");
        as(Tokens.bank(other))
                .body(changed)
                .put("/api/v1/products/{id}", id)
                .then()
                .statusCode(404);
        as(Tokens.bank(other)).post("/api/v1/products/{id}/withdraw", id).then().statusCode(404);
        as(Tokens.supplier(Fixtures.supplier()))
                .body(changed)
                .put("/api/v1/products/{id}", id)
                .then()
                .statusCode(403);
        as(Tokens.admin()).body(body).post("/api/v1/products").then().statusCode(403);
        as(Tokens.supplier(Fixtures.supplier()))
                .body(body)
                .post("/api/v1/products")
                .then()
                .statusCode(403);
        as(Tokens.dashboard("620300")).get("/api/v1/products").then().statusCode(403);
        // nothing written by the refusals
        as(Tokens.bank(bank))
                .get("/api/v1/products/{id}", id)
                .then()
                .body("kind", equalTo("RECEIVABLES"))
                .body("status", equalTo("PUBLISHED"))
                .body("regionCodes", contains("620300"));
        as(Tokens.admin()).get("/api/v1/products?bankId=" + other).then().body("total", equalTo(0));
    }

    @Test
    void badProductsAreRefusedNamingTheFieldAndNothingIsWritten() {
        String bank = Fixtures.bank("620300");
        Map<String, Object> body = product("PURE_CREDIT", "5.0", "4.0", "620300", "999999");
        as(Tokens.bank(bank))
                .body(body)
                .post("/api/v1/products")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("rateMax", "regionCodes[1]"))
                .body("errors.rule", containsInAnyOrder("not-below-rateMin", "known-region"));
        Map<String, Object> noRegions = product("PURE_CREDIT", "4.0", "5.0");
        assertRefused(bank, noRegions, "regionCodes");
        Map<String, Object> badKind = product("LOAN_SHARK", "4.0", "5.0", "620300");
        assertRefused(bank, badKind, "kind");
        Map<String, Object> badRate = product("PURE_CREDIT", "4.00001", "5.0", "620300");
        assertRefused(bank, badRate, "rateMin");
        Map<String, Object> badGrade = product("PURE_CREDIT", "4.0", "5.0", "620300");
        badGrade.put("minTaxGrade", "AA");
        assertRefused(bank, badGrade, "minTaxGrade");
        Map<String, Object> noTerm = product("PURE_CREDIT", "4.0", "5.0", "620300");
        noTerm.remove("maxTermDays");
        assertRefused(bank, noTerm, "maxTermDays");
        as(Tokens.admin()).get("/api/v1/products?bankId=" + bank).then().body("total", equalTo(0));
    }

    private static void assertRefused(String bank, Map<String, Object> body, String field) {
        int status = as(Tokens.bank(bank))
                .body(body)
                .post("/api/v1/products")
                .then()
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .extract()
                .statusCode();
        assertThat(status).isIn(400, 422);
    }

    @Test
    void theSearchFiltersAndARegionServesEverythingUnderIt() {
        String bank = Fixtures.bank("620300");
        Map<String, Object> province = product("PURE_CREDIT", "3.8", "4.6", "620000");
        province.put("minTaxGrade", "A");
        province.put("maxAmount", new BigDecimal("5000000.00"));
        String provinceWide = publish(bank, province);
        Map<String, Object> city = product("RECEIVABLES", "3.5", "4.0", "620300");
        city.put("fullyOnline", false);
        city.put("maxTermDays", 180);
        String jinchang = publish(bank, city);
        Map<String, Object> district = product("GUARANTEE", "4.5", "6.0", "620302");
        district.put("minTaxGrade", "M");
        String jinchuan = publish(bank, district);
        String lanzhou = publish(bank, product("PLEDGE", "3.0", "3.2", "620100"));
        String base = "/api/v1/products?bankId=" + bank;

        assertSearch(base, provinceWide, jinchang, jinchuan, lanzhou);
        // the cheapest first by default
        as(Tokens.admin()).get(base).then().body("items.id", contains(lanzhou, jinchang, provinceWide, jinchuan));
        assertSearch(base + "&regionCode=620302", provinceWide, jinchang, jinchuan);
        assertSearch(base + "&regionCode=620300", provinceWide, jinchang);
        assertSearch(base + "&regionCode=620102", provinceWide, lanzhou);
        assertSearch(base + "&regionCode=610000");
        assertSearch(base + "&kind=GUARANTEE", jinchuan);
        assertSearch(base + "&amount=2000000", provinceWide);
        assertSearch(base + "&termDays=200", provinceWide, jinchuan, lanzhou);
        assertSearch(base + "&maxRate=3.5", jinchang, lanzhou);
        assertSearch(base + "&fullyOnline=false", jinchang);
        // B meets no minimum of A, but M's and the products asking for none
        assertSearch(base + "&taxGrade=B", jinchang, jinchuan, lanzhou);
        assertSearch(base + "&taxGrade=A", provinceWide, jinchang, jinchuan, lanzhou);
        assertSearch(base + "&taxGrade=D", jinchang, lanzhou);
        assertSearch(
                base + "&regionCode=620302&kind=PURE_CREDIT&amount=1000000&termDays=365&maxRate=4&fullyOnline=true"
                        + "&taxGrade=A",
                provinceWide);

        // a supplier naming no region searches its own: Fixtures.supplier() is registered in 620302
        as(Tokens.supplier(Fixtures.supplier()))
                .get(base)
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(provinceWide, jinchang, jinchuan));
        as(Tokens.supplier(Fixtures.supplier("620102", "SMALL", false)))
                .get(base + "&size=1&page=1")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(provinceWide));
    }

    private static void assertSearch(String query, String... expected) {
        as(Tokens.bank(Fixtures.bank("620300")))
                .get(query)
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder((Object[]) expected))
                .body("total", equalTo(expected.length));
    }

    @Test
    void badSearchParametersAreNamed() {
        String supplier = Tokens.supplier(Fixtures.supplier());
        // a malformed code breaks its shape rule (422, as every id and code filter does); the rest are 400
        as(supplier)
                .get("/api/v1/products?regionCode=62030")
                .then()
                .statusCode(422)
                .body("errors[0].field", endsWith("regionCode"));
        for (String query : List.of(
                "kind=CASH",
                "regionCode=999999",
                "amount=1e9",
                "termDays=long",
                "maxRate=4.12345",
                "fullyOnline=yes",
                "taxGrade=E",
                "sort=name")) {
            String parameter = query.substring(0, query.indexOf('='));
            as(supplier)
                    .get("/api/v1/products?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(parameter));
        }
    }

    @Test
    void thePoolFiguresOfARegionCountWhatServesItAboveAndBelow() {
        Map<String, Object> before = figures("610100");
        Map<String, Object> provinceBefore = figures("610000");
        String bank = Fixtures.bank("620300");
        publish(bank, product("PURE_CREDIT", "3.0", "4.0", "610000"));
        publish(bank, product("PURE_CREDIT", "4.0", "5.0", "610100"));
        publish(bank, product("PLEDGE", "5.0", "6.0", "610102"));
        publish(bank, product("PURE_CREDIT", "2.0", "2.0", "610200"));
        String withdrawn = publish(bank, product("PURE_CREDIT", "9.0", "9.0", "610100"));
        as(Tokens.bank(bank))
                .post("/api/v1/products/{id}/withdraw", withdrawn)
                .then()
                .statusCode(200);
        Map<String, Object> after = figures("610100");
        Map<String, Object> provinceAfter = figures("610000");

        assertThat(count(after, "products") - count(before, "products")).isEqualTo(3);
        assertThat(count(after, "pureCreditProducts") - count(before, "pureCreditProducts"))
                .isEqualTo(2);
        assertThat(count(provinceAfter, "products") - count(provinceBefore, "products"))
                .isEqualTo(4);
        // a fresh database per test profile, and no other test publishes in Shaanxi: midpoints 3.5, 4.5 and 5.5
        assertThat(after.get("averageRate")).isEqualTo(new BigDecimal("4.5000"));
        assertThat(after.get("pureCreditShare")).isEqualTo(new BigDecimal("66.67"));
        assertThat(after.get("fullyOnlineProducts")).isEqualTo(3);
        assertThat(after.get("regionName")).isEqualTo("西安市");
        as(Tokens.dashboard("610000"))
                .get("/api/v1/product-pool/regions/610100")
                .then()
                .statusCode(200);
        as(Tokens.dashboard("620000"))
                .get("/api/v1/product-pool/regions/610100")
                .then()
                .statusCode(403);
        as(Tokens.bank(bank)).get("/api/v1/product-pool/regions/610100").then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/product-pool/regions/999999").then().statusCode(404);
    }

    @Test
    void aRegionWithoutProductsHasNoAverage() {
        Map<String, Object> none = figures("640000");
        assertThat(none.get("products")).isEqualTo(0);
        assertThat(none.get("pureCreditShare")).isNull();
        assertThat(none.get("averageRate")).isNull();
    }

    private static Map<String, Object> figures(String code) {
        return as(Tokens.admin())
                .get("/api/v1/product-pool/regions/{code}", code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static long count(Map<String, Object> figures, String name) {
        return ((Number) figures.get(name)).longValue();
    }
}
