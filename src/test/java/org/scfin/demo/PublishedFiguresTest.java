package org.scfin.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.enterprise.Bank;
import org.scfin.enterprise.CoreEnterprise;
import org.scfin.enterprise.Supplier;
import org.scfin.financing.Financing;
import org.scfin.rate.ReferenceRate;
import org.scfin.receivable.Receivable;
import org.scfin.testing.DemoData;
import org.scfin.testing.Tokens;

/**
 * The demo data shows, through the API, exactly the figures Jinchang and Liaocheng published: what a finance office
 * opening the dashboard with {@code scripts/run --demo} must recognise.
 */
@QuarkusTest
@TestProfile(DemoData.class)
class PublishedFiguresTest {

    private static final String GANSU = "620000";
    private static final String JINCHANG = "620300";
    private static final String SHANDONG = "370000";
    private static final String LIAOCHENG = "371500";

    @Inject
    DemoDataLoader loader;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void jinchangShowsIts2025FiguresToTheProvincesDashboard() {
        JsonPath figures = as(Tokens.dashboard(GANSU))
                .get("/api/v1/stats/regions/" + JINCHANG + "?year=2025")
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(545))
                .body("financings.suppliers", equalTo(96))
                .body("financings.amount", equalTo(d("1160000000.00")))
                .body("previousYear.count", equalTo(405))
                .body("previousYear.amount", equalTo(d("997250000.00")))
                .body("yoy.countPct", equalTo(d("34.57")))
                .body("yoy.amountPct", equalTo(d("16.32")))
                .body("rates.min", equalTo(d("3.7000")))
                .body("rates.max", equalTo(d("5.0000")))
                .body("rates.weightedAverage", equalTo(d("4.2100")))
                .body("rates.referenceSmeAverage", equalTo(d("6.7100")))
                .body("rates.spreadToReferencePp", equalTo(d("-2.50")))
                .body("speed.averageHoursToDisbursement", equalTo(d("40.80")))
                .body("speed.averageChangePct", equalTo(d("-15.00")))
                .body("inclusion.bySizeClass.MEDIUM", equalTo(0))
                .body("coverage.connected", equalTo(8))
                .body("coverage.total", equalTo(10))
                .body("coverage.pct", equalTo(d("80.00")))
                .extract()
                .jsonPath();
        assertEquals(
                96,
                figures.getInt("inclusion.bySizeClass.MICRO") + figures.getInt("inclusion.bySizeClass.SMALL"),
                "every supplier financed is small or micro");
        // published: renewals and restructurings over 150 million (extensions are relief too, but not in that figure)
        BigDecimal renewalsAndRestructurings = figures.getObject("relief.renewals.amount", BigDecimal.class)
                .add(figures.getObject("relief.restructurings.amount", BigDecimal.class));
        assertTrue(
                renewalsAndRestructurings.compareTo(d("150000000.00")) > 0,
                "renewals and restructurings of 2025: " + renewalsAndRestructurings);
        assertTrue(figures.getLong("relief.renewals.count") > 0, "renewals are part of it");
        assertTrue(figures.getLong("relief.restructurings.count") > 0, "restructurings are part of it");
    }

    @Test
    void jinchangGrewFastestOfGansusCities() {
        List<Map<String, Object>> cities = as(Tokens.dashboard(GANSU))
                .get("/api/v1/stats/regions/" + GANSU + "/children?year=2025")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, Object> jinchang = cities.stream()
                .filter(c -> JINCHANG.equals(c.get("regionCode")))
                .findFirst()
                .orElseThrow();
        assertEquals(d("34.57"), pct(jinchang, "countPct"));
        assertEquals(d("16.32"), pct(jinchang, "amountPct"));
        int others = 0;
        for (Map<String, Object> city : cities) {
            if (city == jinchang || ((Number) volume(city).get("count")).longValue() == 0) {
                continue;
            }
            others++;
            String code = (String) city.get("regionCode");
            assertNotNull(pct(city, "countPct"), code + " lent in 2024 too");
            assertTrue(pct(city, "countPct").compareTo(d("34.57")) < 0, code + " grew less in number");
            assertTrue(pct(city, "amountPct").compareTo(d("16.32")) < 0, code + " grew less in amount");
        }
        assertTrue(others >= 3, "Jinchang is compared with other cities: " + others);
        as(Tokens.dashboard(GANSU))
                .get("/api/v1/stats/regions/" + GANSU + "?year=2025")
                .then()
                .statusCode(200)
                .body("coverage.pct", equalTo(d("80.00")));
    }

    @Test
    void liaochengsTwelveChainLeadersHold6288PercentOfTheirChainsFinancing() {
        List<Map<String, Object>> chains = as(Tokens.admin())
                .get("/api/v1/industrial-chains?regionCode=" + LIAOCHENG + "&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertEquals(12, chains.size());
        long leaders = 0;
        BigDecimal leadersAmount = BigDecimal.ZERO;
        BigDecimal chainsAmount = BigDecimal.ZERO;
        for (Map<String, Object> chain : chains) {
            assertNotNull(chain.get("leaderBankId"), chain.get("name") + " has a leader bank");
            assertNotNull(chain.get("deputyLeaderBankId"), chain.get("name") + " has a deputy leader bank");
            assertNotEquals(chain.get("leaderBankId"), chain.get("deputyLeaderBankId"));
            JsonPath figures = as(Tokens.dashboard(SHANDONG))
                    .get("/api/v1/stats/industrial-chains/{id}?year=2025", chain.get("id"))
                    .then()
                    .statusCode(200)
                    .body("banks.findAll { it.chainRole == 'LEADER' }.size()", equalTo(1))
                    .body("banks.findAll { it.chainRole == 'DEPUTY_LEADER' }.size()", equalTo(1))
                    .body("chainLeaders.enterprises", greaterThan(0))
                    .extract()
                    .jsonPath();
            BigDecimal share = figures.getObject("chainLeaders.amountSharePct", BigDecimal.class);
            assertTrue(
                    share.compareTo(d("45")) > 0 && share.compareTo(d("80")) < 0,
                    chain.get("name") + "'s leaders hold a plausible share: " + share);
            leaders += figures.getLong("chainLeaders.enterprises");
            leadersAmount = leadersAmount.add(figures.getObject("chainLeaders.amount", BigDecimal.class));
            chainsAmount = chainsAmount.add(figures.getObject("financings.amount", BigDecimal.class));
        }
        assertEquals(62, leaders);
        assertEquals(
                d("62.88"),
                leadersAmount.multiply(BigDecimal.valueOf(100)).divide(chainsAmount, 2, RoundingMode.HALF_UP));
        assertEquals(0, leadersAmount.multiply(BigDecimal.valueOf(10000)).compareTo(chainsAmount.multiply(d("6288"))));
    }

    @Test
    void loadingASecondTimeChangesNoFigure() {
        List<String> before = figures();
        List<Long> rows = rows();
        loader.load();
        assertEquals(before, figures());
        assertEquals(rows, rows());
    }

    /** How many financings, receivables, parties and reference rates there are. */
    private static List<Long> rows() {
        return List.of(
                Financing.count(),
                Receivable.count(),
                Supplier.count(),
                CoreEnterprise.count(),
                Bank.count(),
                ReferenceRate.count());
    }

    /** Every answer the published figures come from, as the dashboards read them. */
    private static List<String> figures() {
        List<String> answers = new ArrayList<>();
        String gansu = Tokens.dashboard(GANSU);
        for (String path : List.of(
                "/api/v1/stats/regions/" + JINCHANG + "?year=2025",
                "/api/v1/stats/regions/" + GANSU + "?year=2025",
                "/api/v1/stats/regions/" + GANSU + "/children?year=2025",
                "/api/v1/stats/regions/" + JINCHANG + "?year=2024")) {
            answers.add(as(gansu).get(path).then().statusCode(200).extract().asString());
        }
        String shandong = Tokens.dashboard(SHANDONG);
        answers.add(as(shandong)
                .get("/api/v1/stats/regions/" + LIAOCHENG + "?year=2025")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> chains = as(Tokens.admin())
                .get("/api/v1/industrial-chains?regionCode=" + LIAOCHENG + "&size=100&sort=name")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        answers.add(String.valueOf(chains));
        for (String chain : chains) {
            answers.add(as(shandong)
                    .get("/api/v1/stats/industrial-chains/{id}?year=2025", chain)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> volume(Map<String, Object> city) {
        return (Map<String, Object>) city.get("financings");
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal pct(Map<String, Object> city, String field) {
        Object value = ((Map<String, Object>) city.get("yoy")).get(field);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
