package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** Every error is problem+json naming the field and the rule, and never shows Java, SQL or a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    private static void assertClean(Response response) {
        String body = response.asString();
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(body)
                .doesNotContain("org.scfin", "java.", "Exception", "at io.", "SQL", "select ", "insert ", "jackson");
    }

    @Test
    void malformedJsonIs400() {
        Response r = as(Tokens.admin()).body("{\"name\": \"x\"").post("/api/v1/banks");
        r.then().statusCode(400).body("errors[0].rule", equalTo("json-syntax"));
        assertClean(r);
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = new HashMap<>(Fixtures.receivable(pair.supplierId(), "1.00"));
        item.put("amount", "100.00");
        Response r = as(pair.erpToken()).body(item).post("/api/v1/receivables");
        r.then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].rule", equalTo("type"))
                .body("errors[0].message", equalTo("must be a JSON number"));
        assertClean(r);

        item.put("amount", 100);
        item.put("issueDate", "01/07/2025");
        r = as(pair.erpToken()).body(item).post("/api/v1/receivables");
        r.then()
                .statusCode(400)
                .body("errors[0].field", equalTo("issueDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        assertClean(r);
    }

    @Test
    void unknownEnumValueIs400ListingTheAllowedValues() {
        Response r = as(Tokens.admin())
                .body(Map.of(
                        "name", "x", "creditCode", "91350100M000100Y43", "regionCode", "620300", "type", "SHADOW_BANK"))
                .post("/api/v1/banks");
        r.then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].rule", equalTo("allowed-values"))
                .body("errors[0].message", containsString("CITY_COMMERCIAL"));
        assertClean(r);
    }

    @Test
    void unknownFieldIs400() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = new HashMap<>(Fixtures.receivable(pair.supplierId(), "1.00"));
        item.put("dueDte", "2025-12-01");
        Response r = as(pair.erpToken()).body(item).post("/api/v1/receivables");
        r.then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueDte"))
                .body("errors[0].rule", equalTo("unknown-field"));
        assertClean(r);
    }

    @Test
    void missingBodyIs400() {
        Response r = as(Tokens.admin()).post("/api/v1/banks");
        r.then().statusCode(400).body("errors[0].field", equalTo("body"));
        assertClean(r);
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        Response r = as(Tokens.admin()).body(huge).post("/api/v1/banks");
        r.then().statusCode(413).body("status", equalTo(413));
        assertClean(r);
    }

    @Test
    void badQueryParametersAre400() {
        as(Tokens.admin())
                .get("/api/v1/banks?size=201")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        as(Tokens.admin()).get("/api/v1/banks?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(Tokens.admin())
                .get("/api/v1/banks?sort=password")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(Tokens.admin())
                .get("/api/v1/receivables?status=PAID")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(Tokens.admin())
                .get("/api/v1/receivables?dueFrom=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // exponent forms would take gigabytes to write out in full: only plain money amounts are taken
        as(Tokens.admin())
                .get("/api/v1/receivables?amountMin=1e999999999")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amountMin"))
                .body("errors[0].rule", equalTo("money"));
        as(Tokens.admin())
                .get("/api/v1/receivables?amountMax=10.001")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amountMax"));
        as(Tokens.admin())
                .get("/api/v1/banks?page=10737419&size=200")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].rule", equalTo("max-offset"));
        as(Tokens.admin())
                .get("/api/v1/banks?page=abc")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        Response r = as(Tokens.admin()).get("/api/v1/receivables?dueFrom=2025-12-01&dueTo=2025-01-01");
        r.then().statusCode(400).body("errors[0].field", equalTo("dueFrom"));
        assertClean(r);
    }

    @Test
    void unknownPathAndMethodAreProblems() {
        assertClean(as(Tokens.admin())
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .extract()
                .response());
        assertClean(as(Tokens.admin())
                .delete("/api/v1/banks")
                .then()
                .statusCode(405)
                .extract()
                .response());
        assertClean(as(Tokens.admin())
                .contentType("text/plain")
                .body("hello")
                .post("/api/v1/banks")
                .then()
                .statusCode(415)
                .extract()
                .response());
    }

    @Test
    void validationCollectsEveryBrokenRule() {
        Response r = as(Tokens.admin())
                .body(Map.of("name", " ", "creditCode", "91350100M000100Y44", "regionCode", "62030"))
                .post("/api/v1/suppliers");
        r.then()
                .statusCode(422)
                .body("type", containsString("validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("creditCode"))
                .body("errors.field", hasItem("regionCode"))
                .body("errors.field", hasItem("sizeClass"))
                .body("errors.field", hasItem("creditWhite"));
        assertClean(r);
    }
}
