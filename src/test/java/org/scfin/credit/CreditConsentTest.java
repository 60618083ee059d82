package org.scfin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.credit.CreditFacts.creditCodeOf;
import static org.scfin.credit.CreditFacts.headcount;
import static org.scfin.credit.CreditFacts.importFacts;
import static org.scfin.credit.CreditFacts.taxGrade;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/** Consent to read non-public facts, the record of every bank read, and that each party sees only its own. */
@QuarkusTest
class CreditConsentTest {

    private static final LocalDate TODAY = Times.today();
    private static final String PURPOSE = "应收账款融资贷前审查";

    @Test
    void aBankReadsThePublicPartAndTheRestOnlyUnderALiveConsent() {
        String supplier = Fixtures.supplier("620302", "SMALL", false);
        String code = creditCodeOf(supplier);
        String bank = Fixtures.bank("620300");
        String otherBank = Fixtures.bank("620300");
        importFacts(List.of(taxGrade(code, TODAY.minusDays(5), "A"), headcount(code, TODAY.minusDays(5), 33)));

        as(Tokens.bank(bank))
                .get("/api/v1/credit-profiles/{code}?purpose=" + PURPOSE, code)
                .then()
                .statusCode(200)
                .body("part", equalTo("PUBLIC"))
                .body("supplierId", equalTo(supplier))
                .body("facts.kind", contains("TAX_GRADE"));
        as(Tokens.bank(bank))
                .get("/api/v1/credit-profiles/{code}?part=FULL&purpose=" + PURPOSE, code)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("consent"));
        // the refused read is not recorded; the public one is
        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-reads")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].nonPublic", equalTo(false))
                .body("items[0].kinds", contains("TAX_GRADE"))
                .body("items[0].consentId", nullValue());

        String consent = as(Tokens.supplier(supplier))
                .body(Map.of(
                        "bankId",
                        bank,
                        "purpose",
                        PURPOSE,
                        "validFrom",
                        TODAY.minusDays(1).toString(),
                        "validUntil",
                        TODAY.plusMonths(6).toString()))
                .post("/api/v1/credit-consents")
                .then()
                .statusCode(201)
                .body("status", equalTo("LIVE"))
                .extract()
                .path("id");
        as(Tokens.bank(bank))
                .get("/api/v1/credit-profiles/{code}?part=FULL&purpose=" + PURPOSE, code)
                .then()
                .statusCode(200)
                .body("part", equalTo("FULL"))
                .body("facts.kind", contains("TAX_GRADE", "SOCIAL_INSURANCE"))
                .body("facts[1].headcount", equalTo(33));
        // the consent is to this bank alone
        as(Tokens.bank(otherBank))
                .get("/api/v1/credit-profiles/{code}?part=FULL&purpose=" + PURPOSE, code)
                .then()
                .statusCode(403);
        as(Tokens.bank(otherBank))
                .get("/api/v1/credit-consents/{id}", consent)
                .then()
                .statusCode(404);
        as(Tokens.bank(otherBank))
                .get("/api/v1/credit-consents")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.bank(bank))
                .get("/api/v1/credit-consents?status=LIVE")
                .then()
                .statusCode(200)
                .body("items.id", contains(consent));

        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-reads?sort=readAt,desc")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].bankId", equalTo(bank))
                .body("items[0].nonPublic", equalTo(true))
                .body("items[0].consentId", equalTo(consent))
                .body("items[0].purpose", equalTo(PURPOSE))
                .body("items[0].regionCode", equalTo("620302"))
                .body("items[0].kinds", contains("TAX_GRADE", "SOCIAL_INSURANCE"));
        as(Tokens.bank(bank))
                .get("/api/v1/credit-reads?nonPublic=true&regionCode=620302&from=" + TODAY + "&to=" + TODAY)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(Tokens.bank(otherBank))
                .get("/api/v1/credit-reads")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.supplier(Fixtures.supplier()))
                .get("/api/v1/credit-reads")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.admin())
                .get("/api/v1/credit-reads?supplierId=" + supplier)
                .then()
                .statusCode(200)
                .body("total", equalTo(2));

        // revoked: the full profile is refused again, and revoking twice keeps the first time
        String revokedAt = as(Tokens.supplier(supplier))
                .post("/api/v1/credit-consents/{id}/revoke", consent)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .extract()
                .path("revokedAt");
        as(Tokens.supplier(supplier))
                .post("/api/v1/credit-consents/{id}/revoke", consent)
                .then()
                .statusCode(200)
                .body("revokedAt", equalTo(revokedAt));
        as(Tokens.bank(bank))
                .get("/api/v1/credit-profiles/{code}?part=FULL&purpose=" + PURPOSE, code)
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .get("/api/v1/credit-reads?supplierId=" + supplier)
                .then()
                .body("total", equalTo(2));
    }

    @Test
    void aConsentIsTheSuppliersOwnAndBadInputIsNamed() {
        String supplier = Fixtures.supplier();
        String bank = Fixtures.bank("620300");
        Map<String, Object> good = Map.of(
                "bankId", bank, "purpose", PURPOSE, "validFrom", TODAY.toString(), "validUntil", TODAY.toString());
        as(Tokens.bank(bank)).body(good).post("/api/v1/credit-consents").then().statusCode(403);
        as(Tokens.admin()).body(good).post("/api/v1/credit-consents").then().statusCode(403);
        as(Tokens.supplier(supplier))
                .body(Map.of(
                        "bankId",
                        "0KZ4J2D1X3B7S",
                        "purpose",
                        PURPOSE,
                        "validFrom",
                        TODAY.toString(),
                        "validUntil",
                        TODAY.minusDays(1).toString()))
                .post("/api/v1/credit-consents")
                .then()
                .statusCode(422)
                .body("errors.field", contains("bankId", "validUntil", "validUntil"));
        as(Tokens.supplier(supplier))
                .body(Map.of("bankId", bank, "validFrom", TODAY.toString(), "validUntil", TODAY.toString()))
                .post("/api/v1/credit-consents")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("purpose"));
        as(Tokens.admin())
                .get("/api/v1/credit-consents?supplierId=" + supplier)
                .then()
                .body("total", equalTo(0));

        String consent = as(Tokens.supplier(supplier))
                .body(good)
                .post("/api/v1/credit-consents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String stranger = Fixtures.supplier();
        as(Tokens.supplier(stranger))
                .get("/api/v1/credit-consents/{id}", consent)
                .then()
                .statusCode(404);
        as(Tokens.supplier(stranger))
                .post("/api/v1/credit-consents/{id}/revoke", consent)
                .then()
                .statusCode(404);
        as(Tokens.bank(bank))
                .post("/api/v1/credit-consents/{id}/revoke", consent)
                .then()
                .statusCode(403);
        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-consents/{id}", consent)
                .then()
                .statusCode(200)
                .body("status", equalTo("LIVE"))
                .body("revokedAt", nullValue());

        // a bank says why it reads
        String code = creditCodeOf(supplier);
        as(Tokens.bank(bank))
                .get("/api/v1/credit-profiles/{code}", code)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("purpose"));
        as(Tokens.admin())
                .get("/api/v1/credit-reads?supplierId=" + supplier)
                .then()
                .body("total", equalTo(0));
        int reads = as(Tokens.admin())
                .get("/api/v1/credit-reads?bankId=" + bank)
                .then()
                .extract()
                .path("total");
        assertThat(reads).isZero();
    }
}
