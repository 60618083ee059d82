package org.scfin.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * An industrial chain in Sanya (460200; no other test uses it) shaped like Liaocheng's "1+2+N": a leader bank, a deputy
 * leader bank, two chain-leader enterprises holding 62.88% of the chain's amount.
 */
@QuarkusTest
class ChainStatisticsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aChainShowsItsLeadersShareAndEachBanksPart() {
        String leaderBank = Fixtures.bank("460200");
        String deputyBank = Fixtures.bank("460200");
        String chain = as(Tokens.admin())
                .body(Map.of(
                        "name",
                        "热带农业产业链-" + Fixtures.shortId(),
                        "regionCode",
                        "460200",
                        "leaderBankId",
                        leaderBank,
                        "deputyLeaderBankId",
                        deputyBank))
                .post("/api/v1/industrial-chains")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String leader1 = StatsScene.chainCore("460202", chain, true);
        String leader2 = StatsScene.chainCore("460202", chain, true);
        String member = StatsScene.chainCore("460202", chain, false);
        String a = StatsScene.supplier("460202", "MICRO", true, leader1, member);
        String b = StatsScene.supplier("460202", "SMALL", false, leader2);
        new StatsScene()
                .financing(
                        leaderBank,
                        leader1,
                        a,
                        "400000.00",
                        "4.0",
                        "2025-03-01T02:00:00Z",
                        24,
                        LocalDate.of(2025, 9, 1),
                        null,
                        null)
                .financing(
                        deputyBank,
                        leader2,
                        b,
                        "228800.00",
                        "4.2",
                        "2025-04-01T02:00:00Z",
                        24,
                        LocalDate.of(2025, 10, 1),
                        null,
                        null)
                .financing(
                        leaderBank,
                        member,
                        a,
                        "371200.00",
                        "4.4",
                        "2025-05-01T02:00:00Z",
                        24,
                        LocalDate.of(2025, 11, 1),
                        null,
                        null)
                .record();
        as(Tokens.dashboard("460000"))
                .get("/api/v1/stats/industrial-chains/{id}?year=2025", chain)
                .then()
                .statusCode(200)
                .body("chainId", equalTo(chain))
                .body("regionCode", equalTo("460200"))
                .body("financings.count", equalTo(3))
                .body("financings.amount", equalTo(d("1000000.00")))
                .body("financings.suppliers", equalTo(2))
                .body("financings.coreEnterprises", equalTo(3))
                .body("chainLeaders.enterprises", equalTo(2))
                .body("chainLeaders.count", equalTo(2))
                .body("chainLeaders.amount", equalTo(d("628800.00")))
                .body("chainLeaders.amountSharePct", equalTo(d("62.88")))
                .body("banks.bankId", contains(leaderBank, deputyBank))
                .body("banks.chainRole", contains("LEADER", "DEPUTY_LEADER"))
                .body("banks[0].financings.amount", equalTo(d("771200.00")))
                .body("banks[0].financings.suppliers", equalTo(1))
                .body("banks[0].amountSharePct", equalTo(d("77.12")))
                .body("banks[1].amountSharePct", equalTo(d("22.88")));
        as(Tokens.dashboard("460100"))
                .get("/api/v1/stats/industrial-chains/{id}?year=2025", chain)
                .then()
                .statusCode(404);
        as(Tokens.bank(leaderBank))
                .get("/api/v1/stats/industrial-chains/{id}?year=2025", chain)
                .then()
                .statusCode(403);
        as(Tokens.admin())
                .accept("text/csv")
                .get("/api/v1/stats/industrial-chains/{id}?year=2025", chain)
                .then()
                .statusCode(200)
                .contentType("text/csv");
    }
}
