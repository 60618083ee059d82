package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/**
 * Text a caller sends is stored as sent, so it must be text: no control characters and no broken UTF-16 (a lone
 * surrogate, which the database would silently turn into "?"). Reasons and notes may span lines (line feed, carriage
 * return and tab); names, references and numbers are single lines. Each refusal is a 422 naming the field.
 */
@QuarkusTest
class PlainTextTest {

    /** Written as JSON escapes, so the body carries exactly these characters. */
    private static final List<String> NEVER = List.of(
            "a\\u0000b", "a\\u0007b", "a\\u001bb", "a\\u007fb", "a\\u0085b", "a\\ud800b", "a\\udc00", "\\ud83d");

    private static final List<String> NOT_ON_ONE_LINE = List.of("a\\nb", "a\\rb", "a\\tb");

    private static void expect422(Response r, String field) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.<List<String>>path("errors.field")).as(r.asString()).contains(field);
        assertThat(r.<List<String>>path("errors.rule")).as(r.asString()).contains("plain-text");
    }

    /** A JSON body with {@code field} set to the raw JSON string literal content {@code escaped}. */
    private static String withText(Map<String, Object> body, String field, String escaped) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, "@@TEXT@@");
        try {
            String json = new ObjectMapper().writeValueAsString(copy);
            return json.replace("@@TEXT@@", escaped);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void singleLine(String field, Map<String, Object> body, Function<String, Response> send) {
        for (String bad : NEVER) {
            expect422(send.apply(withText(body, field, bad)), field);
        }
        for (String bad : NOT_ON_ONE_LINE) {
            expect422(send.apply(withText(body, field, bad)), field);
        }
    }

    private static void multiLine(String field, Map<String, Object> body, Function<String, Response> send) {
        for (String bad : NEVER) {
            expect422(send.apply(withText(body, field, bad)), field);
        }
    }

    @Test
    void namesAndIndustriesOfMasterData() {
        String admin = Tokens.admin();
        String marker = Fixtures.shortId();
        Map<String, Object> bank = Map.of(
                "name",
                "银行-" + marker,
                "creditCode",
                CreditCodes.random("620300"),
                "regionCode",
                "620300",
                "industry",
                "银行业",
                "type",
                "CITY_COMMERCIAL");
        singleLine("name", bank, json -> as(admin).body(json).post("/api/v1/banks"));
        singleLine("industry", bank, json -> as(admin).body(json).post("/api/v1/banks"));
        Map<String, Object> supplier = Map.of(
                "name",
                "供应商-" + marker,
                "creditCode",
                CreditCodes.random("620302"),
                "regionCode",
                "620302",
                "sizeClass",
                "MICRO",
                "creditWhite",
                true);
        singleLine("name", supplier, json -> as(admin).body(json).post("/api/v1/suppliers"));
        Map<String, Object> core =
                Map.of("name", "核心企业-" + marker, "creditCode", CreditCodes.random("620302"), "regionCode", "620302");
        singleLine("name", core, json -> as(admin).body(json).post("/api/v1/core-enterprises"));
        Map<String, Object> chain = Map.of("name", "产业链-" + marker, "regionCode", "620300");
        singleLine("name", chain, json -> as(admin).body(json).post("/api/v1/industrial-chains"));
        for (String list : List.of(
                "/api/v1/banks", "/api/v1/suppliers", "/api/v1/core-enterprises", "/api/v1/industrial-chains")) {
            as(admin)
                    .queryParam("name", "a")
                    .queryParam("size", 200)
                    .get(list)
                    .then()
                    .statusCode(200);
            as(admin).queryParam("name", marker).get(list).then().body("total", equalTo(0));
        }

        // and when a record is replaced
        String id = Fixtures.bank("620300");
        String name = as(admin).get("/api/v1/banks/{id}", id).then().extract().path("name");
        Map<String, Object> replacement = Map.of(
                "name",
                "x",
                "creditCode",
                CreditCodes.random("620300"),
                "regionCode",
                "620300",
                "type",
                "CITY_COMMERCIAL");
        singleLine("name", replacement, json -> as(admin).body(json).put("/api/v1/banks/{id}", id));
        as(admin).get("/api/v1/banks/{id}", id).then().body("name", equalTo(name));
    }

    @Test
    void receivableReferencesReasonsAndCreditNotes() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "100.00");
        singleLine("erpReference", item, json -> as(pair.erpToken()).body(json).post("/api/v1/receivables"));
        singleLine("currency", item, json -> as(pair.erpToken()).body(json).post("/api/v1/receivables"));
        assertThat(as(pair.erpToken())
                        .get("/api/v1/receivables")
                        .then()
                        .extract()
                        .<Integer>path("total"))
                .isZero();

        String id = Fixtures.confirmedReceivable(pair, "100.00");
        Map<String, Object> note =
                Map.of("creditNoteNumber", "CN-" + Fixtures.shortId(), "amount", 1, "reason", "quality");
        singleLine(
                "creditNoteNumber",
                note,
                json -> as(pair.erpToken()).body(json).post("/api/v1/receivables/{id}/adjust", id));
        multiLine("reason", note, json -> as(pair.erpToken()).body(json).post("/api/v1/receivables/{id}/adjust", id));
        multiLine(
                "reason",
                Map.of("reason", "x"),
                json -> as(pair.erpToken()).body(json).post("/api/v1/receivables/{id}/cancel", id));
        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .body("amount", equalTo(new BigDecimal("100.00")))
                .body("status", equalTo("CONFIRMED"));

        // a reason may span lines
        as(pair.erpToken())
                .body(withText(note, "reason", "batch 7:\\r\\n\\tquality deduction"))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(200);
        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .body("history[1].reason", equalTo("batch 7:\r\n\tquality deduction"));
    }

    @Test
    void financingNotes() {
        FinancingFixture fx = FinancingFixture.create("1000000", "UPFRONT");
        LocalDate due = Times.today().plusDays(100);
        String financing = fx.apply("9000", Fixtures.confirmedReceivable(fx.pair(), "10000.00", due));
        String token = fx.bankToken();
        multiLine(
                "note",
                Map.of("reasonCode", "OTHER", "note", "x"),
                json -> as(token).body(json).post("/api/v1/financings/{id}/reject", financing));
        as(token).get("/api/v1/financings/{id}", financing).then().body("status", equalTo("APPLIED"));
        as(token)
                .body(Map.of(
                        "annualRate",
                        4,
                        "advanceRatio",
                        90,
                        "valueDate",
                        Times.today().toString()))
                .post("/api/v1/financings/{id}/approve", financing)
                .then()
                .statusCode(200);
        as(token).post("/api/v1/financings/{id}/disburse", financing).then().statusCode(200);
        multiLine(
                "note",
                Map.of("newMaturityDate", due.plusDays(30).toString(), "note", "x"),
                json -> as(token).body(json).post("/api/v1/financings/{id}/restructure", financing));
        as(token).get("/api/v1/financings/{id}", financing).then().body("maturityDate", equalTo(due.toString()));
    }
}
