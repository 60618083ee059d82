package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** A key given twice in one JSON object is a 400 naming the key, wherever it is; neither value is used. */
@QuarkusTest
class DuplicateKeyTest {

    private static void expectDuplicate(Response r, String field) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.<String>path("errors[0].field")).isEqualTo(field);
        assertThat(r.<String>path("errors[0].rule")).isEqualTo("duplicate-key");
        assertThat(r.<String>path("detail")).contains(field);
        assertThat(r.asString()).doesNotContain("Exception", "jackson", "org.scfin");
    }

    @Test
    void aRepeatedReasonIsRefusedAndTheReceivableStaysPending() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "100.00");
        item.remove("supplierId");
        item.put("coreEnterpriseId", pair.coreEnterpriseId());
        String id = as(pair.supplierToken())
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        expectDuplicate(
                as(pair.erpToken())
                        .body("{\"reason\": \"a\", \"reason\": \"b\"}")
                        .post("/api/v1/receivables/{id}/reject", id),
                "reason");
        expectDuplicate(
                as(pair.supplierToken())
                        .body("{\"reason\": \"a\", \"reason\": \"b\"}")
                        .post("/api/v1/receivables/{id}/cancel", id),
                "reason");
        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_CONFIRMATION"));
    }

    @Test
    void aRepeatedAmountIsRefusedRatherThanTheLastOneWinning() {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "100.00");
        expectDuplicate(
                as(pair.erpToken())
                        .body("{\"creditNoteNumber\": \"CN-1\", \"amount\": 1, \"amount\": 2}")
                        .post("/api/v1/receivables/{id}/adjust", id),
                "amount");
        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .body("amount", equalTo(new BigDecimal("100.00")));
    }

    @Test
    void duplicatesAreNamedByTheirPathInNestedObjects() {
        Pair pair = Fixtures.pair();
        String first = "{\"supplierId\": \"" + pair.supplierId() + "\", \"erpReference\": \"A-" + Fixtures.shortId()
                + "\", \"invoiceNumbers\": [\"I-" + Fixtures.shortId()
                + "\"], \"amount\": 1, \"issueDate\": \"2025-07-01\", \"dueDate\": \"2025-12-01\"}";
        String second = "{\"supplierId\": \"" + pair.supplierId() + "\", \"erpReference\": \"B-" + Fixtures.shortId()
                + "\", \"invoiceNumbers\": [\"I-" + Fixtures.shortId()
                + "\"], \"amount\": 1, \"amount\": 2, \"issueDate\": \"2025-07-01\","
                + " \"dueDate\": \"2025-12-01\"}";
        expectDuplicate(
                as(pair.erpToken())
                        .body("{\"items\": [" + first + ", " + second + "]}")
                        .post("/api/v1/receivables/batch"),
                "items[1].amount");
        expectDuplicate(
                as(pair.erpToken())
                        .body("{\"items\": [" + first + "], \"items\": [" + second + "]}")
                        .post("/api/v1/receivables/batch"),
                "items");
        as(pair.erpToken()).get("/api/v1/receivables").then().body("total", equalTo(0));
        // the same key in two objects is no duplicate
        as(pair.erpToken())
                .body("{\"items\": [" + first + ", "
                        + first.replace("\"A-", "\"C-").replace("\"I-", "\"J-") + "]}")
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(201);
    }

    @Test
    void aRepeatedNameIsRefusedOnCreate() {
        String name = "银行-" + Fixtures.shortId();
        expectDuplicate(
                as(Tokens.admin())
                        .body("{\"name\": \"" + name + "-a\", \"name\": \"" + name + "-b\", \"creditCode\": \""
                                + CreditCodes.random("620300")
                                + "\", \"regionCode\": \"620300\", \"type\": \"CITY_COMMERCIAL\"}")
                        .post("/api/v1/banks"),
                "name");
        as(Tokens.admin()).queryParam("name", name).get("/api/v1/banks").then().body("total", equalTo(0));
    }
}
