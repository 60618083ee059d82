package org.scfin.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/** Who may read which statistics, and what a malformed period gets: refusals named as carefully as the answers. */
@QuarkusTest
class StatisticsAccessTest {

    @Test
    void aDashboardBoundToARegionSeesOnlyItsSubtree() {
        String xining = Tokens.dashboard("630100");
        as(xining).get("/api/v1/stats/regions/630100?year=2025").then().statusCode(200);
        as(xining).get("/api/v1/stats/regions/630102?year=2025").then().statusCode(200);
        as(xining).get("/api/v1/stats/regions/630100/children?year=2025").then().statusCode(200);
        as(xining).get("/api/v1/stats/regions/630100/series").then().statusCode(200);
        for (String path : new String[] {
            "/api/v1/stats/regions/630000",
            "/api/v1/stats/regions/630200",
            "/api/v1/stats/regions/630202",
            "/api/v1/stats/regions/630000/children",
            "/api/v1/stats/regions/630200/series",
            "/api/v1/stats/regions/460100"
        }) {
            as(xining)
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("630100"));
        }
        as(Tokens.dashboard("630000"))
                .get("/api/v1/stats/regions/630202?year=2025")
                .then()
                .statusCode(200);
        as(Tokens.dashboard(null))
                .get("/api/v1/stats/regions/460000?year=2025")
                .then()
                .statusCode(200);
    }

    @Test
    void onlyAdminsAndDashboardsReadRegionsAndABankOnlyItsOwnFigures() {
        String bank = Fixtures.bank("630100");
        String otherBank = Fixtures.bank("630100");
        Fixtures.Pair pair = Fixtures.pair();
        for (String token :
                new String[] {Tokens.bank(bank), Tokens.erp(pair.coreEnterpriseId()), Tokens.supplier(pair.supplierId())
                }) {
            as(token)
                    .get("/api/v1/stats/regions/630000?year=2025")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            as(token).get("/api/v1/stats/regions/630000/children").then().statusCode(403);
            as(token).get("/api/v1/stats/regions/630000/series").then().statusCode(403);
        }
        as(Tokens.bank(bank))
                .get("/api/v1/stats/banks/{id}?year=2025", bank)
                .then()
                .statusCode(200)
                .body("bankId", equalTo(bank))
                .body("financings.count", equalTo(0))
                .body("yoy.countPct", equalTo(null));
        as(Tokens.bank(bank))
                .get("/api/v1/stats/banks/{id}?year=2025", otherBank)
                .then()
                .statusCode(403)
                .body("detail", equalTo("a bank reads only its own statistics"));
        as(Tokens.dashboard(null)).get("/api/v1/stats/banks/{id}", bank).then().statusCode(403);
        as(Tokens.erp(pair.coreEnterpriseId()))
                .get("/api/v1/stats/banks/{id}", bank)
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .get("/api/v1/stats/banks/{id}?year=2025", otherBank)
                .then()
                .statusCode(200);
        as(Tokens.admin()).get("/api/v1/stats/banks/NOSUCHBANK000").then().statusCode(404);
        as(Tokens.admin())
                .get("/api/v1/stats/regions/999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.admin())
                .get("/api/v1/stats/industrial-chains/NOSUCHCHAIN00")
                .then()
                .statusCode(404);
    }

    @Test
    void aMalformedPeriodIsA400NamingTheParameter() {
        String admin = Tokens.admin();
        expect400(admin, "?year=25", "year", "format");
        expect400(admin, "?year=1800", "year", "supported-years");
        expect400(admin, "?quarter=2025Q5", "quarter", "format");
        expect400(admin, "?month=2025-13", "month", "format");
        expect400(admin, "?from=2025-01-01", "to", "required");
        expect400(admin, "?to=2025-01-01", "from", "required");
        expect400(admin, "?from=2025-02-30&to=2025-03-01", "from", "date-format");
        expect400(admin, "?from=2025-03-01&to=2025-02-01", "to", "not-before-from");
        as(admin)
                .get("/api/v1/stats/regions/630000?year=2025&month=2025-07")
                .then()
                .statusCode(400)
                .body("errors.field", contains("year", "month"))
                .body("errors.rule", contains("one-period", "one-period"));
        as(admin)
                .get("/api/v1/stats/regions/630000/series?granularity=week")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("granularity"))
                .body("errors[0].rule", equalTo("allowed-values"));
        as(admin)
                .get("/api/v1/stats/regions/630000/series?granularity=month&from=1990-01-01&to=2100-12-31")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        // the problem never carries internals
        as(admin)
                .get("/api/v1/stats/regions/630000?from=x&to=y")
                .then()
                .statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("org.scfin")));
    }

    private static void expect400(String token, String query, String field, String rule) {
        as(token)
                .get("/api/v1/stats/regions/630000" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].rule", equalTo(rule));
    }
}
