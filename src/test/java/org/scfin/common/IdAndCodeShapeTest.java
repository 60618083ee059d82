package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/**
 * An id or a code that cannot be one never reaches the database: in a path it is 404, in a query filter 422 naming the
 * parameter, in a body 422 naming the field. Ids are 13-character TSIDs as this API writes them; region codes are 6
 * digits; credit codes pass their check character. Nothing is trimmed: a trailing space makes a code malformed.
 */
@QuarkusTest
class IdAndCodeShapeTest {

    private static final String EMOJI_RAW = "%F0%9F%98%80";
    private static final String EMOJI = "\uD83D\uDE00";

    private static void assertProblem(Response r, int status) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.asString()).doesNotContain("collation", "SQL", "Exception");
    }

    /** Sends the path exactly as written: percent escapes are the test's, not REST Assured's. */
    private static Response raw(String token, String method, String path, Object body) {
        var request = as(token).urlEncodingEnabled(false);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, path);
    }

    @Test
    void malformedIdsInPathsAre404() {
        Pair pair = Fixtures.pair();
        String bank = Fixtures.bank("620300");
        String receivable = Fixtures.confirmedReceivable(pair, "100.00");
        String admin = Tokens.admin();
        Map<String, Object> reason = Map.of("reason", "x");
        // non-ASCII, a trailing space after a real id, and a real id in lower case (ids are compared as written)
        for (String bad : List.of(EMOJI_RAW, bank + "%20", bank.toLowerCase(Locale.ROOT))) {
            assertProblem(raw(admin, "GET", "/api/v1/banks/" + bad, null), 404);
            assertProblem(
                    raw(
                            admin,
                            "PUT",
                            "/api/v1/banks/" + bad,
                            Map.of(
                                    "name",
                                    "x",
                                    "creditCode",
                                    CreditCodes.random("620300"),
                                    "regionCode",
                                    "620300",
                                    "type",
                                    "CITY_COMMERCIAL")),
                    404);
            assertProblem(raw(admin, "GET", "/api/v1/suppliers/" + bad, null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/core-enterprises/" + bad, null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/core-enterprises/" + bad + "/suppliers", null), 404);
            assertProblem(
                    raw(
                            admin,
                            "PUT",
                            "/api/v1/core-enterprises/" + pair.coreEnterpriseId() + "/suppliers/" + bad,
                            null),
                    404);
            assertProblem(raw(admin, "GET", "/api/v1/industrial-chains/" + bad, null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/programs/" + bad, null), 404);
            assertProblem(
                    raw(Tokens.bank(bank), "PATCH", "/api/v1/programs/" + bad, Map.of("status", "SUSPENDED")), 404);
            assertProblem(raw(admin, "GET", "/api/v1/financings/" + bad, null), 404);
            assertProblem(raw(Tokens.bank(bank), "POST", "/api/v1/financings/" + bad + "/disburse", null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/stats/banks/" + bad, null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/stats/industrial-chains/" + bad, null), 404);
            assertProblem(raw(pair.erpToken(), "POST", "/api/v1/receivables/" + bad + "/cancel", reason), 404);
        }
        String badReceivable = receivable + "%20";
        assertProblem(raw(pair.erpToken(), "GET", "/api/v1/receivables/" + badReceivable, null), 404);
        assertProblem(raw(pair.erpToken(), "POST", "/api/v1/receivables/" + badReceivable + "/cancel", reason), 404);
        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", receivable)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void malformedRegionCodesInPathsAre404() {
        String admin = Tokens.admin();
        for (String bad : List.of(
                "620000%20",
                "%20620000", "62000" + EMOJI_RAW, "%EF%BC%96%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90")) {
            assertProblem(raw(admin, "GET", "/api/v1/regions/" + bad, null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/stats/regions/" + bad, null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/stats/regions/" + bad + "/children", null), 404);
            assertProblem(raw(admin, "GET", "/api/v1/stats/regions/" + bad + "/series", null), 404);
        }
        as(admin).get("/api/v1/stats/regions/620000").then().statusCode(200).body("regionCode", equalTo("620000"));
    }

    @Test
    void malformedIdsAndCodesInFiltersAre422NamingTheParameter() {
        Pair pair = Fixtures.pair();
        String admin = Tokens.admin();
        Map<String, List<String>> filters = Map.of(
                "/api/v1/receivables", List.of("coreEnterpriseId", "supplierId"),
                "/api/v1/financings", List.of("bankId", "supplierId", "coreEnterpriseId", "regionCode"),
                "/api/v1/programs", List.of("bankId", "coreEnterpriseId"),
                "/api/v1/rates/financings", List.of("bankId", "financingId", "regionCode"),
                "/api/v1/reference-rates", List.of("regionCode"),
                "/api/v1/banks", List.of("regionCode", "creditCode"),
                "/api/v1/core-enterprises", List.of("regionCode", "creditCode"),
                "/api/v1/suppliers", List.of("regionCode", "creditCode"),
                "/api/v1/industrial-chains", List.of("regionCode"),
                "/api/v1/regions", List.of("parent"));
        filters.forEach((path, names) -> {
            for (String name : names) {
                for (String bad : List.of(EMOJI, pair.supplierId() + " ", "620000 ", "62000" + EMOJI)) {
                    Response r = as(admin).queryParam(name, bad).get(path);
                    assertProblem(r, 422);
                    assertThat(r.<String>path("errors[0].field"))
                            .as(path + "?" + name + "=" + bad)
                            .isEqualTo(name);
                }
            }
        });
        // a well-formed value still filters
        as(pair.erpToken())
                .queryParam("supplierId", pair.supplierId())
                .get("/api/v1/receivables")
                .then()
                .statusCode(200);
    }

    @Test
    void aCreditCodeFilterIsNotTrimmed() {
        String code = CreditCodes.random("620300");
        as(Tokens.admin())
                .body(Map.of(
                        "name",
                        "银行-" + Fixtures.shortId(),
                        "creditCode",
                        code,
                        "regionCode",
                        "620300",
                        "type",
                        "CITY_COMMERCIAL"))
                .post("/api/v1/banks")
                .then()
                .statusCode(201);
        as(Tokens.admin())
                .queryParam("creditCode", code)
                .get("/api/v1/banks")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        assertProblem(as(Tokens.admin()).queryParam("creditCode", code + " ").get("/api/v1/banks"), 422);
        assertProblem(
                as(Tokens.admin())
                        .queryParam("creditCode", code.toLowerCase(Locale.ROOT))
                        .get("/api/v1/banks"),
                422);
    }

    @Test
    void malformedIdsInBodiesAre422NamingTheFieldAndWriteNothing() {
        FinancingFixture fx = FinancingFixture.create("1000000", "UPFRONT");
        Pair pair = fx.pair();
        String bank = fx.bankId();
        String program = fx.programId();
        String receivable =
                Fixtures.confirmedReceivable(pair, "1000.00", Times.today().plusDays(90));
        String admin = Tokens.admin();

        // receivables: supplierId and coreEnterpriseId
        int receivables = receivableCount(pair);
        Map<String, Object> item = Fixtures.receivable(EMOJI, "10.00");
        expect422(as(pair.erpToken()).body(item).post("/api/v1/receivables"), "supplierId");
        item = Fixtures.receivable(pair.supplierId(), "10.00");
        item.put("coreEnterpriseId", pair.coreEnterpriseId() + " ");
        expect422(as(pair.supplierToken()).body(item).post("/api/v1/receivables"), "coreEnterpriseId");
        expect422(
                as(pair.erpToken())
                        .body(Map.of(
                                "items",
                                List.of(
                                        Fixtures.receivable(pair.supplierId(), "1.00"),
                                        Fixtures.receivable(EMOJI, "1.00"))))
                        .post("/api/v1/receivables/batch"),
                "items[1].supplierId");
        assertThat(receivableCount(pair)).isEqualTo(receivables);

        // financings: programId, each receivable id, supplierId
        Map<String, Object> application = new HashMap<>(Map.of(
                "programId", program, "receivableIds", List.of(receivable), "requestedAmount", new BigDecimal("100")));
        application.put("programId", EMOJI);
        expect422(as(pair.supplierToken()).body(application).post("/api/v1/financings"), "programId");
        application.put("programId", program);
        application.put("receivableIds", List.of(receivable, receivable.toLowerCase(Locale.ROOT)));
        expect422(as(pair.supplierToken()).body(application).post("/api/v1/financings"), "receivableIds[1]");
        application.put("receivableIds", List.of(receivable));
        application.put("supplierId", EMOJI);
        expect422(as(Tokens.bank(bank)).body(application).post("/api/v1/financings"), "supplierId");
        Map<String, Object> imported = new HashMap<>(Map.of(
                "programId",
                EMOJI,
                "receivableIds",
                List.of(receivable),
                "principal",
                new BigDecimal("100"),
                "annualRate",
                new BigDecimal("4"),
                "valueDate",
                "2025-03-03",
                "appliedAt",
                "2025-03-01T02:00:00Z",
                "approvedAt",
                "2025-03-02T02:00:00Z",
                "disbursedAt",
                "2025-03-03T02:00:00Z"));
        expect422(
                as(Tokens.bank(bank)).body(Map.of("items", List.of(imported))).post("/api/v1/financings/import"),
                "items[0].programId");
        as(pair.supplierToken())
                .get("/api/v1/financings")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // programs: coreEnterpriseId and bankId
        Map<String, Object> terms = new HashMap<>(Map.of(
                "coreEnterpriseId",
                EMOJI,
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
                Fixtures.collectionAccount()));
        expect422(as(Tokens.bank(bank)).body(terms).post("/api/v1/programs"), "coreEnterpriseId");
        terms.put("coreEnterpriseId", pair.coreEnterpriseId());
        terms.put("bankId", EMOJI);
        expect422(as(admin).body(terms).post("/api/v1/programs"), "bankId");
        as(Tokens.bank(bank)).get("/api/v1/programs").then().statusCode(200).body("total", equalTo(1));

        // master data: industrialChainId, leaderBankId, deputyLeaderBankId
        String name = "核心企业-" + Fixtures.shortId();
        expect422(
                as(admin)
                        .body(Map.of(
                                "name",
                                name,
                                "creditCode",
                                CreditCodes.random("620302"),
                                "regionCode",
                                "620302",
                                "industrialChainId",
                                EMOJI))
                        .post("/api/v1/core-enterprises"),
                "industrialChainId");
        as(admin)
                .queryParam("name", name)
                .get("/api/v1/core-enterprises")
                .then()
                .body("total", equalTo(0));
        String chain = "产业链-" + Fixtures.shortId();
        expect422(
                as(admin)
                        .body(Map.of("name", chain, "regionCode", "620300", "leaderBankId", EMOJI))
                        .post("/api/v1/industrial-chains"),
                "leaderBankId");
        expect422(
                as(admin)
                        .body(Map.of("name", chain, "regionCode", "620300", "deputyLeaderBankId", bank + " "))
                        .post("/api/v1/industrial-chains"),
                "deputyLeaderBankId");
        as(admin)
                .queryParam("name", chain)
                .get("/api/v1/industrial-chains")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void malformedRegionCodesInBodiesAre422() {
        expect422(
                as(Tokens.admin())
                        .body(Map.of(
                                "name",
                                "银行-" + Fixtures.shortId(),
                                "creditCode",
                                CreditCodes.random("620300"),
                                "regionCode",
                                "620300 ",
                                "type",
                                "CITY_COMMERCIAL"))
                        .post("/api/v1/banks"),
                "regionCode");
        expect422(
                as(Tokens.admin())
                        .body(Map.of(
                                "type",
                                "REGIONAL_SME_AVERAGE",
                                "regionCode",
                                "62030" + EMOJI,
                                "rate",
                                5,
                                "effectiveFrom",
                                "2025-01-01"))
                        .post("/api/v1/reference-rates"),
                "regionCode");
    }

    private static void expect422(Response r, String field) {
        assertProblem(r, 422);
        assertThat(r.<List<String>>path("errors.field")).as(r.asString()).contains(field);
    }

    private static int receivableCount(Pair pair) {
        return as(pair.erpToken())
                .get("/api/v1/receivables")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }
}
