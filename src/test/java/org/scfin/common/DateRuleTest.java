package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

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
 * One rule for every date a caller sends: exactly YYYY-MM-DD (a date-time is a 422 naming the field, rule
 * {@code plain-date}, never truncated; anything else is a 400 naming the field), between the years 1900 and 9999 (a 422
 * naming the field, such as ISO's {@code +10000-01-01}), then the field's business rules. Timestamps keep to the same
 * years. Query parameters follow the same rule, with 400 for both.
 */
@QuarkusTest
class DateRuleTest {

    /** Written the way JavaScript, spreadsheets and careless clients write dates: none is a plain date. */
    private static final List<Object> NOT_PLAIN_DATES = List.of(
            "10000-01-01", " 2025-01-01", "2025-01-01 ", "2025-1-1", "2025-02-30", "", 20000, List.of(2025, 1, 1));

    /** Moments, not days: read, but never cut down to their date. */
    private static final List<String> DATE_TIMES =
            List.of("2025-01-01T00:00:00Z", "2025-01-01T08:00:00", "2025-01-01T08:00:00+08:00");

    private static void expect(Response r, int status, String field, String rule) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.<List<String>>path("errors.field")).as(r.asString()).contains(field);
        if (rule != null) {
            assertThat(r.<List<String>>path("errors.rule")).as(r.asString()).contains(rule);
        }
    }

    /**
     * Every malformed date is 400, a date-time or a date before 1900 or after 9999 is 422, for the field {@code field}
     * of the body {@code body}.
     */
    private static void checkField(
            String field, Map<String, Object> body, Function<Map<String, Object>, Response> send) {
        for (Object bad : NOT_PLAIN_DATES) {
            Map<String, Object> changed = new HashMap<>(body);
            changed.put(field, bad);
            expect(send.apply(changed), 400, field, "type");
        }
        for (String dateTime : DATE_TIMES) {
            Map<String, Object> changed = new HashMap<>(body);
            changed.put(field, dateTime);
            expect(send.apply(changed), 422, field, "plain-date");
        }
        for (String outOfRange : List.of("1899-12-31", "+10000-01-01", "0000-01-01")) {
            Map<String, Object> changed = new HashMap<>(body);
            changed.put(field, outOfRange);
            expect(send.apply(changed), 422, field, "date-range");
        }
    }

    @Test
    void programDates() {
        Pair pair = Fixtures.pair();
        String bank = Fixtures.bank("620300");
        Map<String, Object> terms = Map.of(
                "coreEnterpriseId",
                pair.coreEnterpriseId(),
                "creditLimit",
                1000,
                "maxAdvanceRatio",
                90,
                "rateFloor",
                3,
                "rateCap",
                5,
                "interestMode",
                "UPFRONT",
                "validFrom",
                "2025-01-01",
                "validTo",
                "2026-01-01",
                "collectionAccount",
                Fixtures.collectionAccount());
        checkField("validFrom", terms, body -> as(Tokens.bank(bank)).body(body).post("/api/v1/programs"));
        checkField("validTo", terms, body -> as(Tokens.bank(bank)).body(body).post("/api/v1/programs"));
        as(Tokens.bank(bank)).get("/api/v1/programs").then().body("total", equalTo(0));

        String program = Fixtures.program(bank, pair.coreEnterpriseId(), "1000", "90", "3", "5", "UPFRONT");
        String validTo = as(Tokens.bank(bank))
                .get("/api/v1/programs/{id}", program)
                .then()
                .extract()
                .path("validTo");
        checkField(
                "validTo",
                Map.of("validTo", "2030-01-01"),
                body -> as(Tokens.bank(bank)).body(body).patch("/api/v1/programs/{id}", program));
        as(Tokens.bank(bank)).get("/api/v1/programs/{id}", program).then().body("validTo", equalTo(validTo));
    }

    @Test
    void masterDataAndRateDates() {
        String name = "核心企业-" + Fixtures.shortId();
        Map<String, Object> core = Map.of(
                "name",
                name,
                "creditCode",
                CreditCodes.random("620302"),
                "regionCode",
                "620302",
                "connected",
                true,
                "connectedOn",
                "2024-03-15");
        checkField("connectedOn", core, body -> as(Tokens.admin()).body(body).post("/api/v1/core-enterprises"));
        // connected means connected now: not on a day still to come
        Map<String, Object> future = new HashMap<>(core);
        future.put("connectedOn", Times.today().plusDays(1).toString());
        expect(as(Tokens.admin()).body(future).post("/api/v1/core-enterprises"), 422, "connectedOn", "not-in-future");
        as(Tokens.admin())
                .queryParam("name", name)
                .get("/api/v1/core-enterprises")
                .then()
                .body("total", equalTo(0));

        Map<String, Object> rate =
                Map.of("type", "LPR_1Y", "rate", new BigDecimal("3.1"), "effectiveFrom", "2025-01-01");
        checkField("effectiveFrom", rate, body -> as(Tokens.admin()).body(body).post("/api/v1/reference-rates"));
    }

    @Test
    void receivableDates() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "100.00");
        checkField("issueDate", item, body -> as(pair.erpToken()).body(body).post("/api/v1/receivables"));
        checkField("dueDate", item, body -> as(pair.erpToken()).body(body).post("/api/v1/receivables"));
        as(pair.erpToken()).get("/api/v1/receivables").then().body("total", equalTo(0));
    }

    @Test
    void financingDates() {
        FinancingFixture fx = FinancingFixture.create("1000000", "UPFRONT");
        LocalDate due = Times.today().plusDays(100);
        String financing = fx.apply("9000", Fixtures.confirmedReceivable(fx.pair(), "10000.00", due));
        String token = fx.bankToken();

        checkField(
                "valueDate",
                Map.of(
                        "annualRate",
                        4,
                        "advanceRatio",
                        90,
                        "valueDate",
                        Times.today().toString()),
                body -> as(token).body(body).post("/api/v1/financings/{id}/approve", financing));
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

        checkField(
                "paidOn",
                Map.of("amount", 1, "paidOn", Times.today().toString()),
                body -> as(token).body(body).post("/api/v1/financings/{id}/settle", financing));
        String later = due.plusDays(30).toString();
        checkField(
                "newMaturityDate",
                Map.of("newMaturityDate", later),
                body -> as(token).body(body).post("/api/v1/financings/{id}/extend", financing));
        checkField(
                "newMaturityDate",
                Map.of("newMaturityDate", later, "note", "drought"),
                body -> as(token).body(body).post("/api/v1/financings/{id}/restructure", financing));
        checkField(
                "newMaturityDate",
                Map.of("newMaturityDate", later, "annualRate", 4),
                body -> as(token).body(body).post("/api/v1/financings/{id}/renew", financing));
        as(token)
                .get("/api/v1/financings/{id}", financing)
                .then()
                .body("status", equalTo("DISBURSED"))
                .body("maturityDate", equalTo(due.toString()))
                .body("settledAmount", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void importedDatesAndTimestamps() {
        FinancingFixture fx = FinancingFixture.create("1000000", "UPFRONT");
        String receivable = Fixtures.confirmedReceivable(
                fx.pair(), "10000.00", Times.today().minusDays(10));
        Map<String, Object> item = new HashMap<>(Map.of(
                "programId",
                fx.programId(),
                "receivableIds",
                List.of(receivable),
                "principal",
                9000,
                "annualRate",
                4,
                "valueDate",
                Times.today().minusDays(60).toString(),
                "appliedAt",
                "2025-03-01T02:00:00Z",
                "approvedAt",
                "2025-03-02T02:00:00Z",
                "disbursedAt",
                "2025-03-03T02:00:00Z"));
        String token = fx.bankToken();
        for (Object bad : NOT_PLAIN_DATES) {
            Map<String, Object> changed = new HashMap<>(item);
            changed.put("valueDate", bad);
            expect(
                    as(token).body(Map.of("items", List.of(changed))).post("/api/v1/financings/import"),
                    400,
                    "items[0].valueDate",
                    "type");
        }
        for (String dateTime : DATE_TIMES) {
            Map<String, Object> changed = new HashMap<>(item);
            changed.put("valueDate", dateTime);
            expect(
                    as(token).body(Map.of("items", List.of(changed))).post("/api/v1/financings/import"),
                    422,
                    "items[0].valueDate",
                    "plain-date");
        }
        // a timestamp is an ISO-8601 string: not a number of seconds, not a date, nothing around it
        for (Object bad : List.of(
                1740794400,
                new BigDecimal("1740794400.5"),
                "2025-03-01",
                " 2025-03-01T02:00:00Z",
                "",
                List.of(2025, 3, 1))) {
            Map<String, Object> changed = new HashMap<>(item);
            changed.put("appliedAt", bad);
            Response r = as(token).body(Map.of("items", List.of(changed))).post("/api/v1/financings/import");
            expect(r, 400, "items[0].appliedAt", "type");
            assertThat(r.<String>path("errors[0].message"))
                    .isEqualTo("must be a UTC timestamp as 2025-07-01T08:00:00Z");
        }
        for (String field : List.of("valueDate", "appliedAt")) {
            Map<String, Object> changed = new HashMap<>(item);
            changed.put(field, field.equals("valueDate") ? "1899-12-31" : "1899-12-31T00:00:00Z");
            expect(
                    as(token).body(Map.of("items", List.of(changed))).post("/api/v1/financings/import"),
                    422,
                    "items[0]." + field,
                    "date-range");
        }
        for (String field : List.of("approvedAt", "disbursedAt", "settledAt")) {
            Map<String, Object> changed = new HashMap<>(item);
            changed.put(field, "+10000-01-01T00:00:00Z");
            if (field.equals("settledAt")) {
                changed.put("settledAmount", 1);
            }
            expect(
                    as(token).body(Map.of("items", List.of(changed))).post("/api/v1/financings/import"),
                    422,
                    "items[0]." + field,
                    "date-range");
        }
        Map<String, Object> relief =
                Map.of("kind", "EXTENSION", "at", "2025-04-01T02:00:00Z", "newMaturityDate", "1899-12-31");
        Map<String, Object> withRelief = new HashMap<>(item);
        withRelief.put("relief", List.of(relief));
        expect(
                as(token).body(Map.of("items", List.of(withRelief))).post("/api/v1/financings/import"),
                422,
                "items[0].relief[0].newMaturityDate",
                "date-range");
        withRelief.put(
                "relief",
                List.of(Map.of("kind", "EXTENSION", "at", "+10000-04-01T02:00:00Z", "newMaturityDate", "2030-01-01")));
        expect(
                as(token).body(Map.of("items", List.of(withRelief))).post("/api/v1/financings/import"),
                422,
                "items[0].relief[0].at",
                "date-range");
        as(token).get("/api/v1/financings").then().body("total", equalTo(0));
    }

    @Test
    void dateQueryParametersFollowTheSameRule() {
        String admin = Tokens.admin();
        Map<String, List<String>> dates = Map.of(
                "/api/v1/receivables", List.of("dueFrom", "dueTo"),
                "/api/v1/financings", List.of("appliedFrom", "appliedTo", "maturityFrom", "maturityTo"),
                "/api/v1/rates/financings", List.of("from", "to"));
        dates.forEach((path, names) -> {
            for (String name : names) {
                for (String bad :
                        List.of("+10000-01-01", "2025-01-01T00:00:00Z", "2025-01-01 ", "0000-01-01", "1899-12-31")) {
                    Response r = as(admin).queryParam(name, bad).get(path);
                    expect(r, 400, name, null);
                }
                as(admin).queryParam(name, "2025-01-01").get(path).then().statusCode(200);
            }
        });
        expect(as(admin).queryParam("dueFrom", "1899-12-31").get("/api/v1/receivables"), 400, "dueFrom", "date-range");
    }
}
