package org.scfin.statistics;

import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * A prefecture city shaped like Jinchang's published 2025 figures (see docs/domain.md): 545 financings for 96 small and
 * micro suppliers, 1.16 billion yuan, +34.57% in number and +16.32% in amount, first in its province; rates from 3.7%
 * to 5%, 2.5 points below the city's average small-business loan rate; time to disbursement 15% shorter; 80% of the
 * province's core enterprises connected; credit relief over 150 million yuan; a credit-information platform lending 365
 * million yuan, 21.6% of its borrowers credit-white. Built in Ningxia (Wuzhong 640300 plays Jinchang), which no other
 * test writes to.
 */
@QuarkusTest
class JinchangShapedTest {

    private static final String PROVINCE = "640000";
    private static final String CITY = "640300";
    private static final String[] CITY_COUNTIES = {"640302", "640303", "640323", "640324", "640381"};
    private static final String OTHER_CITY = "640100";
    private static final String THIRD_CITY = "640200";

    private static String platformBank;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static String at(int year, int index) {
        return LocalDate.of(year, 1, 1).plusDays(index % 360) + "T02:00:00Z";
    }

    private static LocalDate due(int year, int index) {
        return LocalDate.of(year, 1, 1).plusDays(index % 360 + 90);
    }

    private static synchronized void scene() {
        if (platformBank != null) {
            return;
        }
        StatsScene.referenceRate("REGIONAL_SME_AVERAGE", CITY, "6.71", "2024-01-01");
        // 10 core enterprises in the province, 8 connected
        List<String> cityCores = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cityCores.add(
                    StatsScene.core(CITY_COUNTIES[i % CITY_COUNTIES.length], i < 5 ? LocalDate.of(2024, 3, 1) : null));
        }
        List<String> otherCores = List.of(
                StatsScene.core("640104", LocalDate.of(2024, 3, 1)),
                StatsScene.core("640105", LocalDate.of(2024, 3, 1)));
        List<String> thirdCores =
                List.of(StatsScene.core("640202", LocalDate.of(2024, 3, 1)), StatsScene.core("640205", null));
        String cityBank = Fixtures.bank(CITY);
        String platform = Fixtures.bank(PROVINCE);
        String thirdBank = Fixtures.bank(THIRD_CITY);
        // 96 suppliers in the city: the first 40 also borrow from the platform; 20 credit-white (0-9 and 40-49)
        List<String> citySuppliers = new ArrayList<>();
        List<String> cityCoreOf = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            String core = cityCores.get(i % cityCores.size());
            String size = i % 3 == 0 ? "MICRO" : i % 3 == 1 ? "SMALL" : "MEDIUM";
            citySuppliers.add(StatsScene.supplier(
                    CITY_COUNTIES[i % CITY_COUNTIES.length], size, i < 10 || i >= 40 && i < 50, core));
            cityCoreOf.add(core);
        }
        StatsScene scene = new StatsScene();
        // 2025 in the city: 40 platform loans of 2,920,000 at 4.21; one of 7,900,000 at 3.7 and one of 5,100,000 at 5.0
        // (which keep the weighted average at 4.21); 502 of 2,048,000 and one of 2,104,000 at 4.21: 1,160,000,000 in
        // all. Hours: 436 at 40 and 109 at 44, an average of 40.80, 15% below 2024's 48.
        for (int n = 0; n < 545; n++) {
            int supplier = n < 96 ? n : (n - 96) % 65; // every supplier at least 5 times, 65 of them 6 times
            String bank = n < 40 ? platform : cityBank;
            String principal = n < 40
                    ? "2920000.00"
                    : n == 40 ? "7900000.00" : n == 41 ? "5100000.00" : n == 544 ? "2104000.00" : "2048000.00";
            String rate = n == 40 ? "3.7" : n == 41 ? "5.0" : "4.21";
            scene.financing(
                    bank,
                    cityCoreOf.get(supplier),
                    citySuppliers.get(supplier),
                    principal,
                    rate,
                    at(2025, n),
                    n < 436 ? 40 : 44,
                    due(2025, n),
                    null,
                    null);
            // credit relief over 150 million: 50 extensions and 25 restructurings of 2,048,000 a month after
            // disbursement
            if (n >= 100 && n < 175) {
                String reliefAt = LocalDate.of(2025, 1, 1).plusDays(n % 360 + 30) + "T02:00:00Z";
                scene.relief(
                        n < 150
                                ? Map.of(
                                        "kind",
                                        "EXTENSION",
                                        "at",
                                        reliefAt,
                                        "newMaturityDate",
                                        due(2025, n).plusDays(60).toString())
                                : Map.of(
                                        "kind",
                                        "RESTRUCTURING",
                                        "at",
                                        reliefAt,
                                        "newMaturityDate",
                                        due(2025, n).plusDays(60).toString(),
                                        "note",
                                        "orders delayed"));
            }
        }
        // 2024 in the city: 405 financings by 80 suppliers, 997,250,000 in all, 48 hours each
        for (int n = 0; n < 405; n++) {
            int supplier = n % 80;
            scene.financing(
                    cityBank,
                    cityCoreOf.get(supplier),
                    citySuppliers.get(supplier),
                    n == 404 ? "2602000.00" : "2462000.00",
                    "4.5",
                    at(2024, n),
                    48,
                    due(2024, n),
                    null,
                    null);
        }
        // the platform elsewhere in the province: 85 borrowers in the other city, 17 of them credit-white
        for (int i = 0; i < 85; i++) {
            String core = otherCores.get(i % 2);
            String supplier = StatsScene.supplier("640104", "MICRO", i < 17, core);
            scene.financing(platform, core, supplier, "2920000.00", "4.21", at(2025, i), 40, due(2025, i), null, null);
        }
        // a third city: 10 financings in 2024, 11 in 2025
        String thirdSupplier = StatsScene.supplier("640202", "SMALL", false, thirdCores.get(0));
        for (int n = 0; n < 21; n++) {
            scene.financing(
                    thirdBank,
                    thirdCores.get(0),
                    thirdSupplier,
                    "1000000.00",
                    "4.0",
                    at(n < 10 ? 2024 : 2025, n),
                    30,
                    due(n < 10 ? 2024 : 2025, n),
                    null,
                    null);
        }
        scene.record();
        platformBank = platform;
    }

    @Test
    void theCityShowsItsPublishedFigures() {
        scene();
        as(Tokens.dashboard(PROVINCE))
                .get("/api/v1/stats/regions/" + CITY + "?year=2025")
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(545))
                .body("financings.suppliers", equalTo(96))
                .body("financings.amount", equalTo(d("1160000000.00")))
                .body("financings.coreEnterprises", equalTo(6))
                .body("previousYear.count", equalTo(405))
                .body("previousYear.amount", equalTo(d("997250000.00")))
                .body("previousYear.suppliers", equalTo(80))
                .body("yoy.countPct", equalTo(d("34.57")))
                .body("yoy.amountPct", equalTo(d("16.32")))
                .body("yoy.suppliersPct", equalTo(d("20.00")))
                .body("rates.min", equalTo(d("3.7000")))
                .body("rates.max", equalTo(d("5.0000")))
                .body("rates.weightedAverage", equalTo(d("4.2100")))
                .body("rates.referenceSmeAverage", equalTo(d("6.7100")))
                .body("rates.spreadToReferencePp", equalTo(d("-2.50")))
                .body("speed.averageHoursToDisbursement", equalTo(d("40.80")))
                .body("speed.medianHoursToDisbursement", equalTo(d("40.00")))
                .body("speed.averageChangePct", equalTo(d("-15.00")))
                .body("inclusion.creditWhiteSharePct", equalTo(d("20.83")))
                .body("inclusion.bySizeClass.MICRO", equalTo(32))
                .body("inclusion.bySizeClass.SMALL", equalTo(32))
                .body("inclusion.bySizeClass.MEDIUM", equalTo(32))
                .body("coverage.connected", equalTo(5))
                .body("coverage.total", equalTo(6))
                .body("relief.extensions.count", equalTo(50))
                .body("relief.extensions.amount", equalTo(d("102400000.00")))
                .body("relief.restructurings.count", equalTo(25))
                .body("relief.restructurings.amount", equalTo(d("51200000.00")))
                .body("relief.renewals.count", equalTo(0));
    }

    @Test
    void theCityIsFirstInItsProvinceWhereFourFifthsOfCoreEnterprisesAreConnected() {
        scene();
        as(Tokens.dashboard(PROVINCE))
                .get("/api/v1/stats/regions/" + PROVINCE + "/children?year=2025")
                .then()
                .statusCode(200)
                .body("items.find { it.regionCode == '" + CITY + "' }.rankByAmount", equalTo(1))
                .body("items.find { it.regionCode == '" + CITY + "' }.rankByCount", equalTo(1))
                .body("items.find { it.regionCode == '" + OTHER_CITY + "' }.rankByCount", equalTo(2))
                .body("items.find { it.regionCode == '" + OTHER_CITY + "' }.yoy.countPct", equalTo(null))
                .body("items.find { it.regionCode == '" + THIRD_CITY + "' }.yoy.countPct", equalTo(d("10.00")));
        as(Tokens.dashboard(PROVINCE))
                .get("/api/v1/stats/regions/" + PROVINCE + "?year=2025")
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(545 + 85 + 11))
                .body("financings.suppliers", equalTo(96 + 85 + 1))
                .body("coverage.connected", equalTo(8))
                .body("coverage.total", equalTo(10))
                .body("coverage.pct", equalTo(d("80.00")));
    }

    @Test
    void theCreditPlatformLent365MillionAndOneBorrowerInFiveWasCreditWhite() {
        scene();
        as(Tokens.bank(platformBank))
                .get("/api/v1/stats/banks/{id}?year=2025", platformBank)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(125))
                .body("financings.amount", equalTo(d("365000000.00")))
                .body("financings.suppliers", equalTo(125))
                .body("inclusion.creditWhiteSharePct", equalTo(d("21.60")));
    }
}
