package org.scfin.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;

/** Batches are all or nothing: a bad item is named by index, field and rule, and nothing of the batch is written. */
@QuarkusTest
class ReceivableBatchTest {

    private static List<Map<String, Object>> items(Pair pair, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Fixtures.receivable(pair.supplierId(), (1000 + i) + ".25"));
        }
        return items;
    }

    private static long countFor(Pair pair) {
        return ((Number) as(pair.erpToken())
                        .get("/api/v1/receivables?supplierId=" + pair.supplierId() + "&size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"))
                .longValue();
    }

    @Test
    void thousandItemsAreSavedInOrder() {
        Pair pair = Fixtures.pair();
        List<Map<String, Object>> items = items(pair, 1000);
        List<String> references = as(pair.erpToken())
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(201)
                .body("items", hasSize(1000))
                .body("items[999].amount", equalTo(new BigDecimal("1999.25")))
                .extract()
                .path("items.erpReference");
        assertThat(references)
                .containsExactlyElementsOf(
                        items.stream().map(i -> (String) i.get("erpReference")).toList());
        assertThat(countFor(pair)).isEqualTo(1000);

        // re-sending the whole batch is safe: nothing new, the same receivables back
        as(pair.erpToken())
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(200)
                .body("items", hasSize(1000));
        assertThat(countFor(pair)).isEqualTo(1000);
    }

    @Test
    void aPostedBatchReadsBackAsItWasAnswered() {
        Pair pair = Fixtures.pair();
        Instant before = Instant.now().minusSeconds(5);
        Map<String, Object> first = as(pair.erpToken())
                .body(Map.of("items", items(pair, 2)))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(201)
                .extract()
                .path("items[0]");
        Map<String, Object> read = as(pair.erpToken())
                .get("/api/v1/receivables/" + first.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .path("");
        read.remove("history");
        assertThat(read).isEqualTo(first);
        // the batch's rows are written over plain JDBC: their times must be the UTC instants the API answered
        Instant created = Instant.parse((String) read.get("createdAt"));
        assertThat(created).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(read.get("updatedAt")).isEqualTo(read.get("createdAt"));
    }

    @Test
    void aReceiptOnRequestNamesEachItemInOrder() {
        Pair pair = Fixtures.pair();
        List<Map<String, Object>> items = items(pair, 3);
        as(pair.erpToken())
                .body(items.get(1))
                .post("/api/v1/receivables")
                .then()
                .statusCode(201);
        String key = "receipt-" + UUID.randomUUID();

        var receipt = as(pair.erpToken())
                .header("Prefer", "respond-async, return=minimal")
                .header("Idempotency-Key", key)
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(201)
                .header("Preference-Applied", "return=minimal")
                .body("created", equalTo(2))
                .body("alreadyPosted", equalTo(1))
                .body("items", hasSize(3))
                .body("items.created", equalTo(List.of(true, false, true)))
                .body("items[0]", not(hasKey("amount")))
                .extract();
        assertThat(receipt.<List<String>>path("items.erpReference"))
                .containsExactlyElementsOf(
                        items.stream().map(i -> (String) i.get("erpReference")).toList());
        List<String> ids = receipt.path("items.id");
        for (int i = 0; i < ids.size(); i++) {
            as(pair.erpToken())
                    .get("/api/v1/receivables/" + ids.get(i))
                    .then()
                    .statusCode(200)
                    .body("erpReference", equalTo(items.get(i).get("erpReference")));
        }

        // a retry with the key replays the receipt; the same key without the preference is another request
        as(pair.erpToken())
                .header("Prefer", "return=minimal")
                .header("Idempotency-Key", key)
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Preference-Applied", "return=minimal")
                .body("items.id", equalTo(ids));
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(422)
                .body("type", containsString("idempotency-key-reused"));

        // without a key, a re-sent batch answers 200 with every item already posted, in either form
        as(pair.erpToken())
                .header("Prefer", "return=\"minimal\"")
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(200)
                .header("Preference-Applied", "return=minimal")
                .body("created", equalTo(0))
                .body("alreadyPosted", equalTo(3))
                .body("items.id", equalTo(ids));
        as(pair.erpToken())
                .header("Prefer", "return=representation")
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(200)
                .header("Preference-Applied", nullValue())
                .body("items.id", equalTo(ids))
                .body("items[0].amount", equalTo(new BigDecimal("1000.25")));
        assertThat(countFor(pair)).isEqualTo(3);
    }

    @Test
    void moreThanAThousandItemsIsRefused() {
        Pair pair = Fixtures.pair();
        as(pair.erpToken())
                .body(Map.of("items", items(pair, 1001)))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items"))
                .body("errors[0].rule", equalTo("size"));
        as(pair.erpToken())
                .body(Map.of("items", List.of()))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items"));
        assertThat(countFor(pair)).isZero();
    }

    @Test
    void badItemsAreNamedByIndexAndNothingIsWritten() {
        Pair pair = Fixtures.pair();
        List<Map<String, Object>> items = items(pair, 50);
        items.get(7).put("amount", new BigDecimal("-1.00"));
        items.get(31).put("dueDate", "2025-01-01");
        as(pair.erpToken())
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("items[7].amount"));
        items.get(7).put("amount", new BigDecimal("1.00"));
        as(pair.erpToken())
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[31].dueDate"))
                .body("errors[0].rule", equalTo("after-issue-date"));
        items.get(31).put("dueDate", "2025-12-31");
        items.get(40).put("erpReference", items.get(3).get("erpReference"));
        items.get(45).put("invoiceNumbers", items.get(44).get("invoiceNumbers"));
        as(pair.erpToken())
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("items[40].erpReference"))
                .body("errors.field", hasItem("items[45].invoiceNumbers"));
        assertThat(countFor(pair)).isZero();
    }

    @Test
    void aClashWithAnExistingReceivableRefusesTheWholeBatch() {
        Pair pair = Fixtures.pair();
        Map<String, Object> existing = Fixtures.receivable(pair.supplierId(), "77.00");
        as(pair.erpToken()).body(existing).post("/api/v1/receivables").then().statusCode(201);
        List<Map<String, Object>> items = items(pair, 20);
        items.get(12).put("invoiceNumbers", existing.get("invoiceNumbers"));
        as(pair.erpToken())
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("items[12].invoiceNumbers"))
                .body("errors[0].rule", equalTo("unique-invoice"));
        assertThat(countFor(pair)).isEqualTo(1);
    }

    @Test
    void anUnknownSupplierInOneItemIsNamed() {
        Pair pair = Fixtures.pair();
        List<Map<String, Object>> items = items(pair, 5);
        items.get(2).put("supplierId", "0000000000000");
        as(pair.erpToken())
                .body(Map.of("items", items))
                .post("/api/v1/receivables/batch")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[2].supplierId"))
                .body("errors[0].rule", equalTo("known-supplier"));
        assertThat(countFor(pair)).isZero();
    }
}
