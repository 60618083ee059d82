package org.scfin.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.LineBorrower;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/**
 * The credit-information figures of a region's statistics, exact at a county, its city and its province: lending
 * through pre-approved lines and its credit-white share (a renewal and a financing without a line left out), the reads
 * of the region's suppliers' profiles (consented and public; those of another period or region left out), and the
 * product pool serving the region. In Tibet (540000), which no other test uses, in April and May 2026.
 */
@QuarkusTest
class CreditInformationStatisticsTest {

    private static final String PROVINCE = "540000";
    private static final String CITY = "540100";
    private static final String COUNTY = "540102";
    private static final String OTHER_COUNTY = "540103";
    private static final String OTHER_CITY = "540200";
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 10);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 2);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void lineLendingReadsAndThePoolAreExactAtEveryLevelAndPeriod() {
        TestClock.today(APRIL);
        String bank = Fixtures.bank(CITY);
        // the pool: pure credit for the province (3.5-5.0), receivables for the city (3.0-4.0), pure credit for
        // another city (4.0-5.0)
        String provincial = PoolFixtures.publish(bank, PoolFixtures.product("PURE_CREDIT", "3.5", "5.0", PROVINCE));
        PoolFixtures.publish(bank, PoolFixtures.product("RECEIVABLES", "3.0", "4.0", CITY));
        PoolFixtures.publish(bank, PoolFixtures.product("PURE_CREDIT", "4.0", "5.0", OTHER_CITY));

        LineBorrower white = LineBorrower.of(COUNTY, true, bank);
        LineBorrower recorded = LineBorrower.of(OTHER_COUNTY, false, bank);
        LineBorrower withoutLine = LineBorrower.of(COUNTY, true, bank);
        LineBorrower elsewhere = LineBorrower.of(OTHER_CITY, true, bank);
        String whiteLine = white.line(bank, provincial);
        String recordedLine = recorded.line(bank, provincial);

        // April: three financings through lines (one in another city), one without, and a renewal
        white.disbursed(bank, whiteLine);
        String renewed = recorded.disbursed(bank, recordedLine);
        withoutLine.disbursed(bank, null);
        elsewhere.disbursed(bank, elsewhere.line(bank, provincial));
        as(Tokens.bank(bank))
                .body(Map.of(
                        "annualRate",
                        d("3.8"),
                        "newMaturityDate",
                        APRIL.plusDays(200).toString()))
                .post("/api/v1/financings/{id}/renew", renewed)
                .then()
                .statusCode(201);
        // April reads: the city's white borrower twice under its consent and once in public, one elsewhere
        white.consentTo(bank);
        white.readBy(bank, "FULL");
        white.readBy(bank, "FULL");
        white.readBy(bank, "PUBLIC");
        elsewhere.consentTo(bank);
        elsewhere.readBy(bank, "FULL");

        // May: one more financing through the white borrower's line, and one more consented read
        TestClock.today(MAY);
        white.disbursed(bank, whiteLine);
        white.readBy(bank, "FULL");

        String admin = Tokens.admin();
        stats(admin, CITY, "month=2026-04")
                .body("financings.count", equalTo(3))
                .body("financings.amount", equalTo(d("27000.00")))
                .body("relief.renewals.count", equalTo(1))
                .body("creditInformation.lineLending.count", equalTo(2))
                .body("creditInformation.lineLending.amount", equalTo(d("18000.00")))
                .body("creditInformation.lineLending.borrowers", equalTo(2))
                .body("creditInformation.lineLending.creditWhiteBorrowers", equalTo(1))
                .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", equalTo(d("50.00")))
                .body("creditInformation.lineLending.creditWhiteAmount", equalTo(d("9000.00")))
                .body("creditInformation.lineLending.creditWhiteAmountSharePct", equalTo(d("50.00")))
                .body("creditInformation.lineLending.amountSharePct", equalTo(d("66.67")))
                .body("creditInformation.profileReads.consented", equalTo(2))
                .body("creditInformation.profileReads.publicOnly", equalTo(1))
                .body("creditInformation.productPool.regionCode", equalTo(CITY))
                .body("creditInformation.productPool.products", equalTo(2))
                .body("creditInformation.productPool.pureCreditShare", equalTo(d("50.00")))
                .body("creditInformation.productPool.averageRate", equalTo(d("3.8750")));
        stats(admin, PROVINCE, "month=2026-04")
                .body("financings.count", equalTo(4))
                .body("creditInformation.lineLending.count", equalTo(3))
                .body("creditInformation.lineLending.amount", equalTo(d("27000.00")))
                .body("creditInformation.lineLending.borrowers", equalTo(3))
                .body("creditInformation.lineLending.creditWhiteBorrowers", equalTo(2))
                .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", equalTo(d("66.67")))
                .body("creditInformation.lineLending.creditWhiteAmountSharePct", equalTo(d("66.67")))
                .body("creditInformation.lineLending.amountSharePct", equalTo(d("75.00")))
                .body("creditInformation.profileReads.consented", equalTo(3))
                .body("creditInformation.profileReads.publicOnly", equalTo(1))
                .body("creditInformation.productPool.products", equalTo(3))
                .body("creditInformation.productPool.pureCreditShare", equalTo(d("66.67")))
                .body("creditInformation.productPool.averageRate", equalTo(d("4.0833")));
        stats(admin, COUNTY, "month=2026-04")
                .body("creditInformation.lineLending.count", equalTo(1))
                .body("creditInformation.lineLending.borrowers", equalTo(1))
                .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", equalTo(d("100.00")))
                .body("creditInformation.lineLending.amountSharePct", equalTo(d("50.00")))
                .body("creditInformation.profileReads.consented", equalTo(2));
        stats(admin, CITY, "month=2026-05")
                .body("creditInformation.lineLending.count", equalTo(1))
                .body("creditInformation.lineLending.borrowers", equalTo(1))
                .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", equalTo(d("100.00")))
                .body("creditInformation.lineLending.amountSharePct", equalTo(d("100.00")))
                .body("creditInformation.profileReads.consented", equalTo(1))
                .body("creditInformation.profileReads.publicOnly", equalTo(0));
        // a calendar quarter reads the period rows, a range of days asks each borrower: both count S1 once
        for (String period : List.of("quarter=2026Q2", "from=2026-04-05&to=2026-05-05")) {
            stats(admin, CITY, period)
                    .body("financings.count", equalTo(4))
                    .body("creditInformation.lineLending.count", equalTo(3))
                    .body("creditInformation.lineLending.amount", equalTo(d("27000.00")))
                    .body("creditInformation.lineLending.borrowers", equalTo(2))
                    .body("creditInformation.lineLending.creditWhiteBorrowers", equalTo(1))
                    .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", equalTo(d("50.00")))
                    .body("creditInformation.lineLending.creditWhiteAmountSharePct", equalTo(d("66.67")))
                    .body("creditInformation.lineLending.amountSharePct", equalTo(d("75.00")))
                    .body("creditInformation.profileReads.consented", equalTo(3))
                    .body("creditInformation.profileReads.publicOnly", equalTo(1));
        }
        // a range that holds nothing through lines: counts of zero and no shares
        stats(admin, CITY, "from=2026-04-11&to=2026-04-30")
                .body("creditInformation.lineLending.count", equalTo(0))
                .body("creditInformation.lineLending.amount", equalTo(d("0.00")))
                .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", nullValue())
                .body("creditInformation.lineLending.amountSharePct", nullValue())
                .body("creditInformation.profileReads.consented", equalTo(0));

        // the same figures as CSV columns
        String csv = as(admin)
                .accept("text/csv")
                .get("/api/v1/stats/regions/" + CITY + "?month=2026-04")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> header = List.of(csv.split("\r\n")[0].split(","));
        List<String> row = List.of(csv.split("\r\n")[1].split(","));
        assertThat(row.get(header.indexOf("creditInformation.lineLending.creditWhiteBorrowerSharePct")))
                .isEqualTo("50.00");
        assertThat(row.get(header.indexOf("creditInformation.profileReads.consented")))
                .isEqualTo("2");
        assertThat(row.get(header.indexOf("creditInformation.productPool.averageRate")))
                .isEqualTo("3.8750");

        // a dashboard of the city reads these figures for its region and below, and is refused above and beside it
        String cityDashboard = Tokens.dashboard(CITY);
        stats(cityDashboard, CITY, "month=2026-04").body("creditInformation.lineLending.count", equalTo(2));
        stats(cityDashboard, COUNTY, "month=2026-04").body("creditInformation.lineLending.count", equalTo(1));
        for (String region : List.of(PROVINCE, OTHER_CITY)) {
            as(cityDashboard)
                    .get("/api/v1/stats/regions/" + region + "?month=2026-04")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        stats(Tokens.dashboard(PROVINCE), OTHER_CITY, "month=2026-04")
                .body("creditInformation.lineLending.count", equalTo(1))
                .body("creditInformation.profileReads.consented", equalTo(1));
    }

    /**
     * The published figure: a platform lent 365 million yuan through pre-approved lines, to 125 firms of which 27
     * (21.6%) were credit white. Karamay (650200) plays the city, in 2025, where no other test writes.
     */
    @Test
    void aPlatformLending365MillionThroughLinesTo21Point6PercentCreditWhiteFirms() {
        TestClock.today(LocalDate.of(2025, 6, 16));
        String bank = Fixtures.bank("650200");
        Map<String, Object> body = PoolFixtures.product("PURE_CREDIT", "3.5", "5.0", "650200");
        body.put("maxAmount", d("3000000.00"));
        String product = PoolFixtures.publish(bank, body);
        for (int n = 0; n < 125; n++) {
            LineBorrower borrower = LineBorrower.of(n % 2 == 0 ? "650202" : "650203", n < 27, bank);
            borrower.disbursed(bank, borrower.line(bank, product), "2920000.00");
        }
        stats(Tokens.admin(), "650200", "year=2025")
                .body("financings.count", equalTo(125))
                .body("creditInformation.lineLending.count", equalTo(125))
                .body("creditInformation.lineLending.amount", equalTo(d("365000000.00")))
                .body("creditInformation.lineLending.borrowers", equalTo(125))
                .body("creditInformation.lineLending.creditWhiteBorrowers", equalTo(27))
                .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", equalTo(d("21.60")))
                .body("creditInformation.lineLending.creditWhiteAmountSharePct", equalTo(d("21.60")))
                .body("creditInformation.lineLending.amountSharePct", equalTo(d("100.00")));
    }

    private static ValidatableResponse stats(String token, String region, String period) {
        return as(token)
                .get("/api/v1/stats/regions/" + region + "?" + period)
                .then()
                .statusCode(200);
    }
}
