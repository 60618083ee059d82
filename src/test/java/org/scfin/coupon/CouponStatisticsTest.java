package org.scfin.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.coupon.Coupons.body;
import static org.scfin.coupon.Coupons.issue;
import static org.scfin.coupon.Coupons.money;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/**
 * The coupons' figures per region and period, exact: issued by issue date, used by approval date, the interest saved by
 * those used; for a region with everything under it, and nothing of a region beside it. The suppliers are in Altay
 * (654300), where no other test issues coupons.
 */
@QuarkusTest
class CouponStatisticsTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);
    private static final LocalDate APRIL_6 = LocalDate.of(2026, 4, 6);

    @Inject
    CouponStatistics statistics;

    @Test
    void issuedUsedAndInterestSavedPerRegionAndPeriod() {
        TestClock.today(MARCH_2);
        Pair altayCity = pairIn("654301");
        Pair burqin = pairIn("654321");
        String tacheng = Fixtures.supplier("654201", "MICRO", false);
        String cityBank = Fixtures.bank("654300");
        String cityProgram =
                Fixtures.program(cityBank, altayCity.coreEnterpriseId(), "1000000.00", "90", "3.5", "5.0", "UPFRONT");
        String burqinProgram =
                Fixtures.program(cityBank, burqin.coreEnterpriseId(), "1000000.00", "90", "3.5", "5.0", "UPFRONT");
        FinancingFixture city = new FinancingFixture(altayCity, cityBank, cityProgram, MARCH_2.plusDays(200));
        FinancingFixture county = new FinancingFixture(burqin, cityBank, burqinProgram, MARCH_2.plusDays(200));
        // March 2: Altay's authority issues 3 coupons (two of them 30 bp), Tacheng's 1 beside it
        String cityCoupon = issue("654300", body(30, APRIL_6.plusDays(30), altayCity.supplierId(), burqin.supplierId()))
                .statusCode(201)
                .extract()
                .path("items[0].id");
        String countyCoupon = issue("654300", body(25, APRIL_6.plusDays(30), burqin.supplierId()))
                .statusCode(201)
                .extract()
                .path("items[0].id");
        issue("654200", body(20, APRIL_6, tacheng)).statusCode(201);
        String cityFinancing = city.apply("9000.00", city.receivable("10000.00"));
        String countyFinancing = county.apply("36000.00", county.receivable("40000.00"));

        // March 20: the city's coupon is used: 9,000.00 x 0.30% x 182 days / 360 = 13.65
        TestClock.today(MARCH_20);
        approve(city, cityFinancing, cityCoupon).body("interestSaved", equalTo(money("13.65")));
        // April 6: the county's 25 bp coupon: 36,000.00 x 0.25% x 165 / 360 = 41.25
        TestClock.today(APRIL_6);
        approve(county, countyFinancing, countyCoupon).body("interestSaved", equalTo(money("41.25")));

        assertThat(statistics.figures("654300", MARCH_2, APRIL_6)).isEqualTo(new CouponFigures(3, 2, money("54.90")));
        assertThat(statistics.figures("650000", MARCH_2, APRIL_6).issued()).isGreaterThanOrEqualTo(4);
        // a county counts its own suppliers only
        assertThat(statistics.figures("654321", MARCH_2, APRIL_6)).isEqualTo(new CouponFigures(2, 1, money("41.25")));
        assertThat(statistics.figures("654301", MARCH_2, APRIL_6)).isEqualTo(new CouponFigures(1, 1, money("13.65")));
        // by period: issued on March 2, used on March 20 and April 6
        assertThat(statistics.figures("654300", MARCH_2, MARCH_2)).isEqualTo(new CouponFigures(3, 0, money("0.00")));
        assertThat(statistics.figures("654300", MARCH_20, MARCH_20)).isEqualTo(new CouponFigures(0, 1, money("13.65")));
        assertThat(statistics.figures("654300", MARCH_20.plusDays(1), APRIL_6))
                .isEqualTo(new CouponFigures(0, 1, money("41.25")));
        assertThat(statistics.figures("654200", MARCH_2, APRIL_6)).isEqualTo(new CouponFigures(1, 0, money("0.00")));

        // a withdrawn approval gives its coupon back: no longer used, nor its interest saved
        as(Tokens.bank(cityBank))
                .body(Map.of("reasonCode", "OTHER"))
                .post("/api/v1/financings/{id}/reject", countyFinancing)
                .then()
                .statusCode(200);
        assertThat(statistics.figures("654300", MARCH_2, APRIL_6)).isEqualTo(new CouponFigures(3, 1, money("13.65")));

        // the region's statistics carry the same figures, for the dashboard of the city
        as(Tokens.dashboard("654300"))
                .get("/api/v1/stats/regions/654300?from=" + MARCH_2 + "&to=" + APRIL_6)
                .then()
                .statusCode(200)
                .body("creditInformation.coupons.issued", equalTo(3))
                .body("creditInformation.coupons.used", equalTo(1))
                .body("creditInformation.coupons.interestSaved", equalTo(money("13.65")));
    }

    private static Pair pairIn(String regionCode) {
        Pair pair = new Pair(Fixtures.coreEnterprise(regionCode), Fixtures.supplier(regionCode, "MICRO", true));
        Fixtures.link(pair.coreEnterpriseId(), pair.supplierId());
        return pair;
    }

    private static ValidatableResponse approve(FinancingFixture fx, String financingId, String couponId) {
        Map<String, Object> body = new HashMap<>(FinancingFixture.approval("4.0", "90", Times.today()));
        body.put("couponId", couponId);
        return as(fx.bankToken())
                .body(body)
                .post("/api/v1/financings/{id}/approve", financingId)
                .then()
                .statusCode(200);
    }
}
