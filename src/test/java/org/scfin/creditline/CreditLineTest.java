package org.scfin.creditline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;
import static org.scfin.testing.PoolFixtures.grant;
import static org.scfin.testing.PoolFixtures.line;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

@QuarkusTest
class CreditLineTest {

    private static final LocalDate EXPIRY = Times.today().plusMonths(6);

    @Test
    void aBankGrantsALineThatItAndTheSupplierSeeAndNoOtherParty() {
        String bank = Fixtures.bank("620300");
        String product = PoolFixtures.jinchangProduct(bank);
        String supplier = Fixtures.supplier();
        var created = as(Tokens.bank(bank))
                .body(line(product, supplier, "2000000", EXPIRY))
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(201)
                .body("bankId", equalTo(bank))
                .body("supplierId", equalTo(supplier))
                .body("productId", equalTo(product))
                .body("amount", equalTo(new BigDecimal("2000000.00")))
                .body("usedAmount", equalTo(new BigDecimal("0.00")))
                .body("availableAmount", equalTo(new BigDecimal("2000000.00")))
                .body("expiresOn", equalTo(EXPIRY.toString()))
                .body("status", equalTo("LIVE"))
                .body("cancelledAt", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/credit-lines/" + id);

        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-lines/{id}", id)
                .then()
                .statusCode(200);
        as(Tokens.admin()).get("/api/v1/credit-lines/{id}", id).then().statusCode(200);
        as(Tokens.bank(Fixtures.bank("620300")))
                .get("/api/v1/credit-lines/{id}", id)
                .then()
                .statusCode(404);
        as(Tokens.supplier(Fixtures.supplier()))
                .get("/api/v1/credit-lines/{id}", id)
                .then()
                .statusCode(404);
        as(Tokens.erp(Fixtures.coreEnterprise()))
                .get("/api/v1/credit-lines/{id}", id)
                .then()
                .statusCode(403);
        as(Tokens.bank(bank))
                .get("/api/v1/credit-lines?supplierId=" + supplier)
                .then()
                .body("items.id", contains(id));
        as(Tokens.supplier(supplier)).get("/api/v1/credit-lines").then().body("items.id", contains(id));
        as(Tokens.bank(Fixtures.bank("620300")))
                .get("/api/v1/credit-lines?supplierId=" + supplier)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.bank(bank))
                .get("/api/v1/credit-lines?productId=" + product + "&status=LIVE")
                .then()
                .body("items.id", contains(id));
        as(Tokens.bank(bank))
                .get("/api/v1/credit-lines?productId=" + product + "&status=EXPIRED")
                .then()
                .body("total", equalTo(0));

        // cancelling: another bank cannot, the granting bank once
        as(Tokens.bank(Fixtures.bank("620300")))
                .post("/api/v1/credit-lines/{id}/cancel", id)
                .then()
                .statusCode(404);
        as(Tokens.supplier(supplier))
                .post("/api/v1/credit-lines/{id}/cancel", id)
                .then()
                .statusCode(403);
        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-lines/{id}", id)
                .then()
                .body("status", equalTo("LIVE"));
        as(Tokens.bank(bank))
                .post("/api/v1/credit-lines/{id}/cancel", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledAt", not(nullValue()));
        as(Tokens.bank(bank))
                .post("/api/v1/credit-lines/{id}/cancel", id)
                .then()
                .statusCode(409);
        as(Tokens.bank(bank))
                .get("/api/v1/credit-lines?status=CANCELLED")
                .then()
                .body("items.id", contains(id));
    }

    @Test
    void badGrantsAreRefusedNamingTheFieldAndWriteNothing() {
        String bank = Fixtures.bank("620300");
        String product = PoolFixtures.jinchangProduct(bank);
        String othersProduct = PoolFixtures.jinchangProduct(Fixtures.bank("620300"));
        String supplier = Fixtures.supplier();

        refused(bank, line(othersProduct, supplier, "1000", EXPIRY), 422, "productId", "known-product");
        refused(bank, line("0KZ4J2D1X3ZZZ", supplier, "1000", EXPIRY), 422, "productId", "known-product");
        refused(bank, line(product, "0KZ4J2D1X3ZZZ", "1000", EXPIRY), 422, "supplierId", "known-supplier");
        String lanzhouSupplier = Fixtures.supplier("620102", "SMALL", false);
        refused(bank, line(product, lanzhouSupplier, "1000", EXPIRY), 422, "supplierId", "served-region");
        refused(
                bank,
                line(product, supplier, "1000", Times.today().minusDays(1)),
                422,
                "expiresOn",
                "not-before-today");
        refusedByValidation(bank, line(product, supplier, "0", EXPIRY), "amount");
        refusedByValidation(bank, line(product, supplier, "10.001", EXPIRY), "amount");
        refusedByValidation(bank, Map.of("productId", product, "supplierId", supplier, "amount", 10), "expiresOn");
        refusedByValidation(
                bank,
                Map.of("productId", "nope", "supplierId", supplier, "amount", 10, "expiresOn", EXPIRY.toString()),
                "productId");
        as(Tokens.supplier(supplier))
                .body(line(product, supplier, "1000", EXPIRY))
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .body(line(product, supplier, "1000", EXPIRY))
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(403);
        as(Tokens.bank(bank))
                .post("/api/v1/products/{id}/withdraw", product)
                .then()
                .statusCode(200);
        refused(bank, line(product, supplier, "1000", EXPIRY), 409, "productId", "published-product");

        as(Tokens.admin())
                .get("/api/v1/credit-lines?supplierId=" + supplier)
                .then()
                .body("total", equalTo(0));
        as(Tokens.admin())
                .get("/api/v1/credit-lines?supplierId=" + lanzhouSupplier)
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void aLineOfTodayIsLiveAndReadsExpiredTheDayAfter() {
        String bank = Fixtures.bank("620300");
        String supplier = Fixtures.supplier();
        String id = grant(bank, PoolFixtures.jinchangProduct(bank), supplier, "1000", Times.today());
        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-lines/{id}", id)
                .then()
                .body("status", equalTo("LIVE"));
        TestClock.today(Times.today().plusDays(1));
        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-lines/{id}", id)
                .then()
                .body("status", equalTo("EXPIRED"));
        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-lines?status=EXPIRED")
                .then()
                .body("items.id", hasItem(id));
    }

    private static void refused(String bank, Map<String, Object> body, int status, String field, String rule) {
        as(Tokens.bank(bank))
                .body(body)
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.rule", hasItem(rule));
    }

    private static void refusedByValidation(String bank, Map<String, Object> body, String field) {
        int status = as(Tokens.bank(bank))
                .body(body)
                .post("/api/v1/credit-lines")
                .then()
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .extract()
                .statusCode();
        assertThat(status).isIn(400, 422);
    }
}
