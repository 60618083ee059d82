package org.scfin.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * Figures with answers worked out by hand, over financings in Qinghai (630000; no other test uses it): Xining 630100
 * with counties 630102 and 630103, Haidong 630200. Supplier S1 is financed by two banks and two core enterprises and
 * must count once everywhere; disbursements sit on the edges of months and years in China time.
 */
@QuarkusTest
class RegionStatisticsTest {

    private static String bank1;
    private static String bank2;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static synchronized void scene() {
        if (bank1 != null) {
            return;
        }
        StatsScene.referenceRate("LPR_1Y", null, "3.0", "2000-01-01");
        StatsScene.referenceRate("REGIONAL_SME_AVERAGE", "630000", "6.0", "2024-01-01");
        StatsScene.referenceRate("REGIONAL_SME_AVERAGE", "630200", "5.5", "2024-01-01");
        String c1 = StatsScene.core("630102", LocalDate.of(2024, 6, 1));
        String c2 = StatsScene.core("630202", null);
        StatsScene.core("630103", LocalDate.of(2026, 2, 1)); // connected after the end of 2025
        String s1 = StatsScene.supplier("630102", "MICRO", true, c1, c2);
        String s2 = StatsScene.supplier("630103", "SMALL", false, c1);
        String s3 = StatsScene.supplier("630202", "MEDIUM", true, c2);
        String b1 = Fixtures.bank("630100");
        String b2 = Fixtures.bank("630100");
        new StatsScene()
                // 2025-01-01 00:30 in China: the first financing of 2025; settled on time
                .financing(
                        b1,
                        c1,
                        s1,
                        "100000.00",
                        "4.0",
                        "2024-12-31T16:30:00Z",
                        24,
                        LocalDate.of(2025, 4, 30),
                        "2025-04-01T02:00:00Z",
                        "100000.00")
                // part-paid after maturity: 50,000 still owed and overdue at the end of 2025
                .financing(
                        b2,
                        c1,
                        s1,
                        "200000.00",
                        "5.0",
                        "2025-03-15T02:00:00Z",
                        48,
                        LocalDate.of(2025, 6, 30),
                        "2025-07-10T02:00:00Z",
                        "150000.00")
                // 2025-07-31 23:59:59 in China: July
                .financing(
                        b1,
                        c2,
                        s1,
                        "300000.00",
                        "3.5",
                        "2025-07-31T15:59:59Z",
                        12,
                        LocalDate.of(2026, 1, 31),
                        null,
                        null)
                // 2025-08-01 00:00 in China: August; never repaid, overdue from November
                .financing(
                        b1,
                        c1,
                        s2,
                        "400000.00",
                        "4.5",
                        "2025-07-31T16:00:00Z",
                        24,
                        LocalDate.of(2025, 10, 31),
                        null,
                        null)
                // 2025-12-31 23:59 in China: still 2025
                .financing(
                        b1,
                        c2,
                        s3,
                        "1000000.00",
                        "3.8",
                        "2025-12-31T15:59:00Z",
                        48,
                        LocalDate.of(2026, 3, 31),
                        null,
                        null)
                // 2026-01-01 00:00 in China: not 2025
                .financing(
                        b1,
                        c2,
                        s3,
                        "500000.00",
                        "4.0",
                        "2025-12-31T16:00:00Z",
                        24,
                        LocalDate.of(2026, 4, 30),
                        null,
                        null)
                // 2024
                .financing(
                        b1,
                        c1,
                        s1,
                        "150000.00",
                        "4.2",
                        "2024-05-10T02:00:00Z",
                        48,
                        LocalDate.of(2024, 9, 30),
                        "2024-09-30T02:00:00Z",
                        "150000.00")
                .financing(
                        b1,
                        c1,
                        s2,
                        "250000.00",
                        "4.4",
                        "2024-12-31T15:00:00Z",
                        24,
                        LocalDate.of(2025, 2, 28),
                        "2025-03-05T02:00:00Z",
                        "250000.00")
                .record();
        bank2 = b2;
        bank1 = b1;
    }

    @Test
    void aProvinceYearHasEveryFigure() {
        scene();
        as(Tokens.dashboard("630000"))
                .get("/api/v1/stats/regions/630000?year=2025")
                .then()
                .statusCode(200)
                .body("regionCode", equalTo("630000"))
                .body("name", equalTo("青海省"))
                .body("from", equalTo("2025-01-01"))
                .body("to", equalTo("2025-12-31"))
                .body("financings.count", equalTo(5))
                .body("financings.amount", equalTo(d("2000000.00")))
                .body("financings.suppliers", equalTo(3))
                .body("financings.coreEnterprises", equalTo(2))
                .body("previousYear.count", equalTo(2))
                .body("previousYear.amount", equalTo(d("400000.00")))
                .body("previousYear.suppliers", equalTo(2))
                .body("yoy.countPct", equalTo(d("150.00")))
                .body("yoy.amountPct", equalTo(d("400.00")))
                .body("yoy.suppliersPct", equalTo(d("50.00")))
                // (100k x 4 + 200k x 5 + 300k x 3.5 + 400k x 4.5 + 1,000k x 3.8) / 2,000k = 4.025
                .body("rates.min", equalTo(d("3.5000")))
                .body("rates.max", equalTo(d("5.0000")))
                .body("rates.weightedAverage", equalTo(d("4.0250")))
                // Xining inherits the province's 6.0, Haidong has 5.5: (1,000k x 6.0 + 1,000k x 5.5) / 2,000k
                .body("rates.referenceSmeAverage", equalTo(d("5.7500")))
                .body("rates.spreadToReferencePp", equalTo(d("-1.73")))
                .body("rates.spreadToLprPp", equalTo(d("1.03")))
                .body("inclusion.creditWhiteSharePct", equalTo(d("66.67")))
                .body("inclusion.bySizeClass.MICRO", equalTo(1))
                .body("inclusion.bySizeClass.SMALL", equalTo(1))
                .body("inclusion.bySizeClass.MEDIUM", equalTo(1))
                // 24, 48, 12, 24, 48 hours against 48 and 24 in 2024
                .body("speed.averageHoursToDisbursement", equalTo(d("31.20")))
                .body("speed.medianHoursToDisbursement", equalTo(d("24.00")))
                .body("speed.averageChangePct", equalTo(d("-13.33")))
                .body("relief.extensions.count", equalTo(0))
                .body("relief.renewals.amount", equalTo(d("0.00")))
                // owed at the end of 2025: 50k + 300k + 400k + 1,000k; past maturity: 50k and 400k
                .body("balances.outstandingPrincipal", equalTo(d("1750000.00")))
                .body("balances.overduePrincipal", equalTo(d("450000.00")))
                .body("coverage.connected", equalTo(1))
                .body("coverage.total", equalTo(3))
                .body("coverage.pct", equalTo(d("33.33")));
    }

    @Test
    void aSupplierFinancedByTwoBanksAndTwoCoreEnterprisesCountsOnceAtEveryLevel() {
        scene();
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630102?year=2025")
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(3))
                .body("financings.amount", equalTo(d("600000.00")))
                .body("financings.suppliers", equalTo(1))
                .body("financings.coreEnterprises", equalTo(2));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630100?year=2025")
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(4))
                .body("financings.amount", equalTo(d("1000000.00")))
                .body("financings.suppliers", equalTo(2))
                .body("financings.coreEnterprises", equalTo(2))
                .body("previousYear.suppliers", equalTo(2))
                .body("yoy.suppliersPct", equalTo(d("0.00")));
        // an arbitrary range is counted member by member: July 31 and August 1 hold S1 via C2 and S2 via C1
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?from=2025-07-31&to=2025-08-01")
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(2))
                .body("financings.suppliers", equalTo(2))
                .body("financings.coreEnterprises", equalTo(2))
                .body("inclusion.creditWhiteSharePct", equalTo(d("50.00")))
                .body("previousYear.count", equalTo(0))
                .body("yoy.countPct", nullValue());
        as(Tokens.admin())
                .get("/api/v1/stats/banks/{id}?year=2025", bank1)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(4))
                .body("financings.amount", equalTo(d("1800000.00")))
                .body("financings.suppliers", equalTo(3))
                .body("financings.coreEnterprises", equalTo(2));
        as(Tokens.bank(bank2))
                .get("/api/v1/stats/banks/{id}?year=2025", bank2)
                .then()
                .statusCode(200)
                .body("financings.count", equalTo(1))
                .body("financings.suppliers", equalTo(1))
                .body("balances.outstandingPrincipal", equalTo(d("50000.00")));
    }

    @Test
    void monthAndYearBoundariesFollowChinaDates() {
        scene();
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?month=2025-07")
                .then()
                .body("financings.count", equalTo(1))
                .body("financings.amount", equalTo(d("300000.00")));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?month=2025-08")
                .then()
                .body("financings.count", equalTo(1))
                .body("financings.amount", equalTo(d("400000.00")));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?quarter=2025Q3")
                .then()
                .body("financings.count", equalTo(2))
                .body("financings.suppliers", equalTo(2));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?year=2026")
                .then()
                .body("financings.count", equalTo(1))
                .body("financings.amount", equalTo(d("500000.00")))
                .body("previousYear.count", equalTo(5));
        // whole months read the monthly hours, the edges the daily ones: 24 (2024-12-31), 24, 48, 12 and 24
        // (2025-08-01)
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?from=2024-12-31&to=2025-08-01")
                .then()
                .body("financings.count", equalTo(5))
                .body("speed.medianHoursToDisbursement", equalTo(d("24.00")))
                .body("speed.averageHoursToDisbursement", equalTo(d("26.40")));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?from=2025-07-31&to=2025-08-01")
                .then()
                .body("speed.medianHoursToDisbursement", equalTo(d("18.00")));
        // the same month as a from-to range gives the same answer as month=
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000?from=2025-07-01&to=2025-07-31")
                .then()
                .body("financings.count", equalTo(1))
                .body("financings.suppliers", equalTo(1));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000/series?granularity=month&from=2025-01-15&to=2025-12-01")
                .then()
                .statusCode(200)
                .body("from", equalTo("2025-01-01"))
                .body("to", equalTo("2025-12-31"))
                .body(
                        "items.period",
                        contains(
                                "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08",
                                "2025-09", "2025-10", "2025-11", "2025-12"))
                .body("items.financings.count", contains(1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1))
                .body("items[0].financings.amount", equalTo(d("100000.00")))
                .body("items[1].financings.amount", equalTo(d("0.00")))
                .body("items.financings.suppliers", contains(1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000/series?granularity=year&from=2024-01-01&to=2026-12-31")
                .then()
                .body("items.period", contains("2024", "2025", "2026"))
                .body("items.financings.count", contains(2, 5, 1))
                .body("items.financings.suppliers", contains(2, 3, 1))
                .body("items.financings.coreEnterprises", contains(1, 2, 1));
        as(Tokens.admin())
                .get("/api/v1/stats/regions/630000/series?granularity=quarter&from=2025-01-01&to=2025-12-31")
                .then()
                .body("items.period", contains("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"))
                .body("items.financings.count", contains(2, 0, 2, 1));
    }

    @Test
    void childrenAreRankedAmongTheirSiblings() {
        scene();
        as(Tokens.dashboard("630000"))
                .get("/api/v1/stats/regions/630000/children?year=2025")
                .then()
                .statusCode(200)
                .body("items.find { it.regionCode == '630100' }.financings.count", equalTo(4))
                .body("items.find { it.regionCode == '630100' }.rankByAmount", equalTo(1))
                .body("items.find { it.regionCode == '630100' }.rankByCount", equalTo(1))
                .body("items.find { it.regionCode == '630200' }.financings.amount", equalTo(d("1000000.00")))
                .body("items.find { it.regionCode == '630200' }.rankByAmount", equalTo(1))
                .body("items.find { it.regionCode == '630200' }.rankByCount", equalTo(2))
                .body("items.find { it.regionCode == '630200' }.yoy.countPct", nullValue())
                .body("items.find { it.regionCode == '630100' }.yoy.countPct", equalTo(d("100.00")))
                .body("items.find { it.regionCode == '632800' }.rankByCount", equalTo(3));
    }

    @Test
    void answersAreAlsoCsv() {
        scene();
        String csv = as(Tokens.admin())
                .accept("text/csv")
                .get("/api/v1/stats/regions/630100?year=2025")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        Assertions.assertThat(lines).hasSize(2);
        List<String> header = List.of(lines[0].split(","));
        List<String> row = List.of(lines[1].split(",", -1));
        Assertions.assertThat(row.get(header.indexOf("financings.amount"))).isEqualTo("1000000.00");
        Assertions.assertThat(row.get(header.indexOf("inclusion.bySizeClass.MICRO")))
                .isEqualTo("1");
        Assertions.assertThat(row.get(header.indexOf("yoy.countPct"))).isEqualTo("100.00");
        String children = as(Tokens.admin())
                .accept("text/csv")
                .get("/api/v1/stats/regions/630000/children?year=2025")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Assertions.assertThat(children.split("\r\n")[0]).startsWith("from,to,regionCode,name,financings.count");
    }
}
