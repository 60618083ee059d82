package org.scfin.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return ((Number) as(pair.erpToken()).get("/api/v1/receivables?supplierId=" + pair.supplierId() + "&size=1")
                .then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void thousandItemsAreSavedInOrder() {
        Pair pair = Fixtures.pair();
        List<Map<String, Object>> items = items(pair, 1000);
        List<String> references = as(pair.erpToken()).body(Map.of("items", items)).post("/api/v1/receivables/batch").then()
                .statusCode(201).body("items", hasSize(1000)).body("items[999].amount", equalTo(new BigDecimal("1999.25")))
                .extract().path("items.erpReference");
        assertThat(references).containsExactlyElementsOf(items.stream().map(i -> (String) i.get("erpReference")).toList());
        assertThat(countFor(pair)).isEqualTo(1000);

        // re-sending the whole batch is safe: nothing new, the same receivables back
        as(pair.erpToken()).body(Map.of("items", items)).post("/api/v1/receivables/batch").then().statusCode(200)
                .body("items", hasSize(1000));
        assertThat(countFor(pair)).isEqualTo(1000);
    }

    @Test
    void moreThanAThousandItemsIsRefused() {
        Pair pair = Fixtures.pair();
        as(pair.erpToken()).body(Map.of("items", items(pair, 1001))).post("/api/v1/receivables/batch").then().statusCode(422)
                .body("errors[0].field", equalTo("items")).body("errors[0].rule", equalTo("size"));
        as(pair.erpToken()).body(Map.of("items", List.of())).post("/api/v1/receivables/batch").then().statusCode(422)
                .body("errors[0].field", equalTo("items"));
        assertThat(countFor(pair)).isZero();
    }

    @Test
    void badItemsAreNamedByIndexAndNothingIsWritten() {
        Pair pair = Fixtures.pair();
        List<Map<String, Object>> items = items(pair, 50);
        items.get(7).put("amount", new BigDecimal("-1.00"));
        items.get(31).put("dueDate", "2025-01-01");
        as(pair.erpToken()).body(Map.of("items", items)).post("/api/v1/receivables/batch").then().statusCode(422)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("items[7].amount"));
        items.get(7).put("amount", new BigDecimal("1.00"));
        as(pair.erpToken()).body(Map.of("items", items)).post("/api/v1/receivables/batch").then().statusCode(422)
                .body("errors[0].field", equalTo("items[31].dueDate")).body("errors[0].rule", equalTo("after-issue-date"));
        items.get(31).put("dueDate", "2025-12-31");
        items.get(40).put("erpReference", items.get(3).get("erpReference"));
        items.get(45).put("invoiceNumbers", items.get(44).get("invoiceNumbers"));
        as(pair.erpToken()).body(Map.of("items", items)).post("/api/v1/receivables/batch").then().statusCode(422)
                .body("errors.field", hasItem("items[40].erpReference")).body("errors.field", hasItem("items[45].invoiceNumbers"));
        assertThat(countFor(pair)).isZero();
    }

    @Test
    void aClashWithAnExistingReceivableRefusesTheWholeBatch() {
        Pair pair = Fixtures.pair();
        Map<String, Object> existing = Fixtures.receivable(pair.supplierId(), "77.00");
        as(pair.erpToken()).body(existing).post("/api/v1/receivables").then().statusCode(201);
        List<Map<String, Object>> items = items(pair, 20);
        items.get(12).put("invoiceNumbers", existing.get("invoiceNumbers"));
        as(pair.erpToken()).body(Map.of("items", items)).post("/api/v1/receivables/batch").then().statusCode(409)
                .body("errors[0].field", equalTo("items[12].invoiceNumbers")).body("errors[0].rule", equalTo("unique-invoice"));
        assertThat(countFor(pair)).isEqualTo(1);
    }

    @Test
    void anUnknownSupplierInOneItemIsNamed() {
        Pair pair = Fixtures.pair();
        List<Map<String, Object>> items = items(pair, 5);
        items.get(2).put("supplierId", "0000000000000");
        as(pair.erpToken()).body(Map.of("items", items)).post("/api/v1/receivables/batch").then().statusCode(422)
                .body("errors[0].field", equalTo("items[2].supplierId")).body("errors[0].rule", equalTo("known-supplier"));
        assertThat(countFor(pair)).isZero();
    }
}
