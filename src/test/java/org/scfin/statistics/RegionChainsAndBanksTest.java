package org.scfin.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.anonymous;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/**
 * A region's chains and a region's banks, in Guizhou (520000; no other test uses it). Guiyang (520100) holds a chain
 * with a leader and a deputy leader bank and one with neither; Zunyi's Honghuagang district (520302) a chain with a
 * leader bank only. Suppliers in two of Guiyang's districts, in Guiyang itself and in Honghuagang are financed by three
 * banks in 2024 and 2025, so each period and each level of region gives different figures, all worked out below. The
 * scene is built once, before the first test, and no test changes it (the live one works in a district of its own, in
 * 2026).
 */
@QuarkusTest
class RegionChainsAndBanksTest {

    private static final String PROVINCE = "520000";
    private static final String GUIYANG = "520100";
    private static final String NANMING = "520102";
    private static final String HUAXI = "520111";
    private static final String ZUNYI = "520300";
    private static final String HONGHUAGANG = "520302";

    private static String bankA;
    private static String bankB;
    private static String bankC;
    private static String textileChain;
    private static String liquorChain;
    private static String teaChain;
    private static String leaderCore;
    private static boolean built;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * 2025: bank A lends 300,000.00 (Nanming supplier, chain leader) and 100,000.00 (a supplier registered in Guiyang
     * itself, chain member); bank B 200,000.00 (Huaxi supplier, chain member) and 150,000.00 (the Nanming supplier
     * again, outside any chain); bank C 500,000.00 in Honghuagang (leader of the liquor chain). 2024: bank A 80,000.00
     * to the Nanming supplier on the chain leader.
     */
    @BeforeEach
    void scene() {
        buildOnce();
    }

    private static synchronized void buildOnce() {
        if (built) {
            return;
        }
        built = true;
        bankA = Fixtures.bank(GUIYANG);
        bankB = Fixtures.bank(GUIYANG);
        bankC = Fixtures.bank(ZUNYI);
        textileChain = chain("纺织产业链", GUIYANG, bankA, bankB);
        liquorChain = chain("白酒产业链", HONGHUAGANG, bankC, null);
        teaChain = chain("茶产业链", HUAXI, null, null);
        leaderCore = StatsScene.chainCore(GUIYANG, textileChain, true);
        // a second leader enterprise with no financing still counts among the chain's leaders
        StatsScene.chainCore(GUIYANG, textileChain, true);
        String memberCore = StatsScene.chainCore(GUIYANG, textileChain, false);
        String liquorLeader = StatsScene.chainCore(ZUNYI, liquorChain, true);
        StatsScene.chainCore(HUAXI, teaChain, true);
        String plainCore = StatsScene.core(GUIYANG, null);
        String nanming = StatsScene.supplier(NANMING, "MICRO", true, leaderCore, plainCore);
        String huaxi = StatsScene.supplier(HUAXI, "SMALL", false, memberCore);
        String guiyang = StatsScene.supplier(GUIYANG, "SMALL", false, memberCore);
        String honghuagang = StatsScene.supplier(HONGHUAGANG, "MEDIUM", false, liquorLeader);
        new StatsScene()
                .financing(
                        bankA,
                        leaderCore,
                        nanming,
                        "300000.00",
                        "4.0",
                        "2025-02-10T02:00:00Z",
                        24,
                        due(2025, 8),
                        null,
                        null)
                .financing(
                        bankB,
                        memberCore,
                        huaxi,
                        "200000.00",
                        "4.2",
                        "2025-05-10T02:00:00Z",
                        24,
                        due(2025, 11),
                        null,
                        null)
                .financing(
                        bankA,
                        memberCore,
                        guiyang,
                        "100000.00",
                        "4.4",
                        "2025-08-10T02:00:00Z",
                        24,
                        due(2026, 2),
                        null,
                        null)
                .financing(
                        bankC,
                        liquorLeader,
                        honghuagang,
                        "500000.00",
                        "3.9",
                        "2025-07-10T02:00:00Z",
                        24,
                        due(2026, 1),
                        null,
                        null)
                .financing(
                        bankB,
                        plainCore,
                        nanming,
                        "150000.00",
                        "4.5",
                        "2025-11-10T02:00:00Z",
                        24,
                        due(2026, 5),
                        null,
                        null)
                .financing(
                        bankA,
                        leaderCore,
                        nanming,
                        "80000.00",
                        "4.1",
                        "2024-06-10T02:00:00Z",
                        24,
                        due(2024, 12),
                        null,
                        null)
                .record();
    }

    private static LocalDate due(int year, int month) {
        return LocalDate.of(year, month, 10);
    }

    private static String chain(String name, String regionCode, String leaderBank, String deputyBank) {
        Map<String, Object> body =
                new HashMap<>(Map.of("name", name + "-" + Fixtures.shortId(), "regionCode", regionCode));
        if (leaderBank != null) {
            body.put("leaderBankId", leaderBank);
        }
        if (deputyBank != null) {
            body.put("deputyLeaderBankId", deputyBank);
        }
        return as(Tokens.admin())
                .body(body)
                .post("/api/v1/industrial-chains")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theBanksOfAProvinceAreRankedByAmountWithTheirSharesAndDistinctParties() {
        as(Tokens.dashboard(PROVINCE))
                .get("/api/v1/stats/regions/{code}/banks?year=2025", PROVINCE)
                .then()
                .statusCode(200)
                .body("regionCode", equalTo(PROVINCE))
                .body("name", equalTo("贵州省"))
                .body("from", equalTo("2025-01-01"))
                .body("to", equalTo("2025-12-31"))
                .body("items.bankId", contains(bankC, bankA, bankB))
                .body("items[0].financings.count", equalTo(1))
                .body("items[0].financings.amount", equalTo(d("500000.00")))
                .body("items[0].amountSharePct", equalTo(d("40.00")))
                .body("items[1].financings.count", equalTo(2))
                .body("items[1].financings.amount", equalTo(d("400000.00")))
                .body("items[1].financings.suppliers", equalTo(2))
                .body("items[1].financings.coreEnterprises", equalTo(2))
                .body("items[1].amountSharePct", equalTo(d("32.00")))
                .body("items[2].financings.count", equalTo(2))
                .body("items[2].financings.amount", equalTo(d("350000.00")))
                // the Nanming supplier twice and the Huaxi one: two suppliers, on two core enterprises
                .body("items[2].financings.suppliers", equalTo(2))
                .body("items[2].financings.coreEnterprises", equalTo(2))
                .body("items[2].amountSharePct", equalTo(d("28.00")));
    }

    @Test
    void aCityCountsItsOwnSuppliersAndItsDistrictsButNotAnotherCitys() {
        as(Tokens.dashboard(GUIYANG))
                .get("/api/v1/stats/regions/{code}/banks?year=2025", GUIYANG)
                .then()
                .statusCode(200)
                .body("name", equalTo("贵阳市"))
                .body("items.bankId", contains(bankA, bankB))
                .body("items.financings.amount", contains(d("400000.00"), d("350000.00")))
                // 400,000 of 750,000 is 53.333...%, 350,000 is 46.666...%: half up to 2 decimals
                .body("items.amountSharePct", contains(d("53.33"), d("46.67")));
        as(Tokens.dashboard(GUIYANG))
                .get("/api/v1/stats/regions/{code}/banks?year=2025", NANMING)
                .then()
                .statusCode(200)
                .body("items.bankId", contains(bankA, bankB))
                .body("items.financings.amount", contains(d("300000.00"), d("150000.00")))
                .body("items.financings.suppliers", contains(1, 1));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/{code}/banks?year=2025", ZUNYI)
                .then()
                .statusCode(200)
                .body("items.bankId", contains(bankC))
                .body("items[0].amountSharePct", equalTo(d("100.00")));
    }

    @Test
    void thePeriodParametersChooseTheFinancingsCounted() {
        String province = "/api/v1/stats/regions/" + PROVINCE + "/banks?";
        as(Tokens.admin())
                .get(province + "year=2024")
                .then()
                .statusCode(200)
                .body("items.bankId", contains(bankA))
                .body("items[0].financings.amount", equalTo(d("80000.00")))
                .body("items[0].amountSharePct", equalTo(d("100.00")));
        as(Tokens.admin())
                .get(province + "from=2025-05-01&to=2025-08-31")
                .then()
                .statusCode(200)
                .body("from", equalTo("2025-05-01"))
                .body("to", equalTo("2025-08-31"))
                .body("items.bankId", contains(bankC, bankB, bankA))
                .body("items.amountSharePct", contains(d("62.50"), d("25.00"), d("12.50")));
        as(Tokens.admin())
                .get(province + "quarter=2025Q1")
                .then()
                .statusCode(200)
                .body("items.bankId", contains(bankA))
                .body("items[0].financings.amount", equalTo(d("300000.00")));
        as(Tokens.admin())
                .get(province + "month=2025-11")
                .then()
                .statusCode(200)
                .body("items.bankId", contains(bankB))
                .body("items[0].financings.amount", equalTo(d("150000.00")));
        as(Tokens.admin())
                .get(province + "month=2025-12")
                .then()
                .statusCode(200)
                .body("items", empty());
        as(Tokens.admin())
                .get(province + "quarter=2025Q5")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quarter"));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/" + PROVINCE + "/chains?from=2025-03-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void theBanksAddUpToTheRegionInEveryRegionAndPeriod() {
        for (String code : List.of(PROVINCE, GUIYANG, NANMING, HUAXI, ZUNYI, HONGHUAGANG)) {
            for (String period : List.of(
                    "year=2025", "year=2024", "quarter=2025Q3", "month=2025-02", "from=2024-06-10&to=2025-05-10")) {
                assertBanksAddUpToTheRegion(Tokens.admin(), code, period);
            }
        }
    }

    /**
     * A renewal is relief, not a financing, in the banks as in the region; and a disbursement committed just before the
     * call is counted by it. Live, in Zunyi's Huichuan district (520303), on a day set in advance.
     */
    @Test
    void aRenewalIsNotCountedAndALiveDisbursementIsCountedAtOnce() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        TestClock.today(today);
        String county = "520303";
        StatsScene.Live live = StatsScene.disbursedToday(county, ZUNYI);
        String bank = live.bankId();
        String bankToken = live.bankToken();
        String financing = live.financingId();
        String period = "from=" + today + "&to=" + today;
        as(Tokens.dashboard(ZUNYI))
                .get("/api/v1/stats/regions/{code}/banks?" + period, county)
                .then()
                .statusCode(200)
                .body("items.bankId", contains(bank))
                .body("items[0].financings.count", equalTo(1))
                .body("items[0].financings.amount", equalTo(d("9000.00")));
        as(bankToken)
                .body(Map.of(
                        "annualRate",
                        d("3.8"),
                        "newMaturityDate",
                        today.plusDays(200).toString()))
                .post("/api/v1/financings/{id}/renew", financing)
                .then()
                .statusCode(201)
                .body("principal", equalTo(d("9000.00")));
        as(Tokens.dashboard(ZUNYI))
                .get("/api/v1/stats/regions/{code}?" + period, county)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(1))
                .body("relief.renewals.count", equalTo(1));
        as(Tokens.dashboard(ZUNYI))
                .get("/api/v1/stats/regions/{code}/banks?" + period, county)
                .then()
                .statusCode(200)
                .body("items.bankId", contains(bank))
                .body("items[0].financings.count", equalTo(1))
                .body("items[0].financings.amount", equalTo(d("9000.00")));
        for (String code : List.of(county, ZUNYI, PROVINCE)) {
            assertBanksAddUpToTheRegion(Tokens.dashboard(PROVINCE), code, period);
        }
    }

    @Test
    void theChainsOfAProvinceAreRankedByAmountWithTheirBanksAndLeaders() {
        JsonPath answer = as(Tokens.dashboard(PROVINCE))
                .get("/api/v1/stats/regions/{code}/chains?year=2025", PROVINCE)
                .then()
                .statusCode(200)
                .body("regionCode", equalTo(PROVINCE))
                .body("name", equalTo("贵州省"))
                .body("from", equalTo("2025-01-01"))
                .body("to", equalTo("2025-12-31"))
                .body("items.chainId", contains(textileChain, liquorChain, teaChain))
                .body("items.regionCode", contains(GUIYANG, HONGHUAGANG, HUAXI))
                .body("items[0].leaderBank.bankId", equalTo(bankA))
                .body("items[0].leaderBank.name", containsString("银行-"))
                .body("items[0].deputyLeaderBank.bankId", equalTo(bankB))
                .body("items[0].financings.count", equalTo(3))
                .body("items[0].financings.amount", equalTo(d("600000.00")))
                .body("items[0].financings.suppliers", equalTo(3))
                .body("items[0].financings.coreEnterprises", equalTo(2))
                .body("items[0].chainLeaders.enterprises", equalTo(2))
                .body("items[0].chainLeaders.count", equalTo(1))
                .body("items[0].chainLeaders.amount", equalTo(d("300000.00")))
                .body("items[0].chainLeaders.amountSharePct", equalTo(d("50.00")))
                .body("items[1].leaderBank.bankId", equalTo(bankC))
                .body("items[1].deputyLeaderBank", nullValue())
                .body("items[1].financings.amount", equalTo(d("500000.00")))
                .body("items[1].chainLeaders.amountSharePct", equalTo(d("100.00")))
                .body("items[2].leaderBank", nullValue())
                .body("items[2].deputyLeaderBank", nullValue())
                .body("items[2].financings.count", equalTo(0))
                .body("items[2].financings.amount", equalTo(d("0.00")))
                .body("items[2].chainLeaders.enterprises", equalTo(1))
                .body("items[2].chainLeaders.amountSharePct", nullValue())
                .extract()
                .jsonPath();
        String leaderBankName = as(Tokens.admin())
                .get("/api/v1/banks/{id}", bankA)
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        assertThat(answer.getString("items[0].leaderBank.name")).isEqualTo(leaderBankName);
    }

    @Test
    void aRegionListsOnlyTheChainsRegisteredInItOrUnderIt() {
        as(Tokens.dashboard(GUIYANG))
                .get("/api/v1/stats/regions/{code}/chains?year=2025", GUIYANG)
                .then()
                .statusCode(200)
                .body("items.chainId", contains(textileChain, teaChain));
        as(Tokens.dashboard(GUIYANG))
                .get("/api/v1/stats/regions/{code}/chains?year=2025", HUAXI)
                .then()
                .statusCode(200)
                .body("items.chainId", contains(teaChain));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/{code}/chains?year=2025", NANMING)
                .then()
                .statusCode(200)
                .body("items", empty());
        // in 2024 only the textile chain was financed; the two others tie at zero and follow in id order
        as(Tokens.admin())
                .get("/api/v1/stats/regions/{code}/chains?year=2024", PROVINCE)
                .then()
                .statusCode(200)
                .body(
                        "items.chainId",
                        contains(Stream.concat(
                                        Stream.of(textileChain),
                                        Stream.of(liquorChain, teaChain).sorted())
                                .toArray()))
                .body("items[0].financings.amount", equalTo(d("80000.00")))
                .body("items[0].chainLeaders.amountSharePct", equalTo(d("100.00")));
    }

    @Test
    void eachChainShowsTheSameFiguresAsItsOwnStatistics() {
        for (String period : List.of("year=2025", "year=2024", "quarter=2025Q3", "from=2025-02-01&to=2025-07-31")) {
            JsonPath chains = as(Tokens.admin())
                    .get("/api/v1/stats/regions/" + PROVINCE + "/chains?" + period)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> ids = chains.getList("items.chainId");
            assertThat(ids).containsExactlyInAnyOrder(textileChain, liquorChain, teaChain);
            for (int i = 0; i < ids.size(); i++) {
                JsonPath own = as(Tokens.dashboard(PROVINCE))
                        .get("/api/v1/stats/industrial-chains/{id}?" + period, ids.get(i))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                assertThat(chains.getMap("items[" + i + "].financings"))
                        .as("%s %s financings", ids.get(i), period)
                        .isEqualTo(own.getMap("financings"));
                assertThat(chains.getMap("items[" + i + "].chainLeaders"))
                        .as("%s %s chain leaders", ids.get(i), period)
                        .isEqualTo(own.getMap("chainLeaders"));
            }
        }
    }

    @Test
    void aDashboardReadsOnlyItsOwnSubtreeAndOtherRolesAreRefused() {
        for (String what : List.of("chains", "banks")) {
            String guiyang = Tokens.dashboard(GUIYANG);
            as(guiyang)
                    .get("/api/v1/stats/regions/{code}/" + what, GUIYANG)
                    .then()
                    .statusCode(200);
            as(guiyang)
                    .get("/api/v1/stats/regions/{code}/" + what, HUAXI)
                    .then()
                    .statusCode(200);
            as(Tokens.dashboard(null))
                    .get("/api/v1/stats/regions/{code}/" + what, PROVINCE)
                    .then()
                    .statusCode(200);
            // above it, beside it, under a sibling, in another province: the same refusal as the region's figures
            for (String code : List.of(PROVINCE, ZUNYI, HONGHUAGANG, "460100")) {
                as(guiyang)
                        .get("/api/v1/stats/regions/{code}/" + what, code)
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("status", equalTo(403))
                        .body("detail", equalTo("this dashboard sees region 520100 and the regions under it only"));
            }
            as(Tokens.dashboard("630000"))
                    .get("/api/v1/stats/regions/{code}/" + what, GUIYANG)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            for (String token : List.of(
                    Tokens.bank(bankA),
                    Tokens.erp(leaderCore),
                    Tokens.supplier(Fixtures.supplier(NANMING, "MICRO", false)))) {
                as(token)
                        .get("/api/v1/stats/regions/{code}/" + what, GUIYANG)
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json");
            }
            anonymous()
                    .get("/api/v1/stats/regions/{code}/" + what, GUIYANG)
                    .then()
                    .statusCode(401);
            as(Tokens.admin())
                    .get("/api/v1/stats/regions/{code}/" + what, "999999")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void bothAreAlsoCsvWithOneRowPerItem() {
        String csv = as(Tokens.admin())
                .accept("text/csv")
                .get("/api/v1/stats/regions/{code}/banks?year=2025", PROVINCE)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        // the answer's plain fields lead each row; its name gives way to the bank's, as in every CSV with items
        assertThat(lines.get(0))
                .isEqualTo("regionCode,from,to,bankId,name,financings.count,financings.amount,financings.suppliers,"
                        + "financings.coreEnterprises,amountSharePct");
        assertThat(lines.get(1)).startsWith(PROVINCE + ",").contains(bankC, "500000.00", "40.00");
        String chains = as(Tokens.admin())
                .accept("text/csv")
                .get("/api/v1/stats/regions/{code}/chains?year=2025", PROVINCE)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertThat(chains.lines().toList()).hasSize(4);
        assertThat(chains.lines().toList().get(1)).contains(textileChain, bankA, "600000.00", "50.00");
    }

    /** The banks' counts and amounts add up to the region's financings over the same period. */
    private static void assertBanksAddUpToTheRegion(String token, String code, String period) {
        JsonPath region = as(token)
                .get("/api/v1/stats/regions/{code}?" + period, code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath banks = as(token)
                .get("/api/v1/stats/regions/{code}/banks?" + period, code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> counts = banks.getList("items.financings.count", Integer.class);
        List<BigDecimal> amounts = banks.getList("items.financings.amount", BigDecimal.class);
        assertThat(counts.stream().mapToLong(Integer::longValue).sum())
                .as("count of %s %s", code, period)
                .isEqualTo(region.getLong("financings.count"));
        assertThat(amounts.stream().reduce(d("0.00"), BigDecimal::add))
                .as("amount of %s %s", code, period)
                .isEqualTo(region.getObject("financings.amount", BigDecimal.class));
    }
}
