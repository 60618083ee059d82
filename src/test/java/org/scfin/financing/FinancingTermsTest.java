package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worked examples of the money rules. */
class FinancingTermsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void tenThousandYuanForNinetyDaysAtThreePointSixIsNinetyYuan() {
        assertThat(FinancingTerms.interest(d("10000.00"), d("3.6"), 90, DayCount.ACT_360))
                .isEqualTo(d("90.00"));
    }

    @Test
    void actual365GivesLessInterestForTheSameDays() {
        // 10,000 x 3.6% x 90 / 365 = 88.767... -> 88.77
        assertThat(FinancingTerms.interest(d("10000.00"), d("3.6"), 90, DayCount.ACT_365))
                .isEqualTo(d("88.77"));
    }

    @Test
    void interestRoundsHalfUpToTheFen() {
        // 1,000 x 3.7% x 1 / 360 = 0.102777... -> 0.10 ; 1,000 x 4.5% x 1 / 360 = 0.125 -> 0.13 (half up)
        assertThat(FinancingTerms.interest(d("1000.00"), d("3.7"), 1, DayCount.ACT_360))
                .isEqualTo(d("0.10"));
        assertThat(FinancingTerms.interest(d("1000.00"), d("4.5"), 1, DayCount.ACT_360))
                .isEqualTo(d("0.13"));
    }

    @Test
    void upfrontDeductsInterestAtDisbursement() {
        FinancingTerms terms = FinancingTerms.compute(
                d("10000.00"),
                d("10000.00"),
                d("100"),
                d("3.6"),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 9, 29),
                DayCount.ACT_360,
                InterestMode.UPFRONT);
        assertThat(terms.days()).isEqualTo(90);
        assertThat(terms.principal()).isEqualTo(d("10000.00"));
        assertThat(terms.interest()).isEqualTo(d("90.00"));
        assertThat(terms.netAmount()).isEqualTo(d("9910.00"));
        assertThat(terms.amountDueAtMaturity()).isEqualTo(d("10000.00"));
    }

    @Test
    void atMaturityPaysTheWholePrincipalAndCollectsInterestLater() {
        FinancingTerms terms = FinancingTerms.compute(
                d("10000.00"),
                d("10000.00"),
                d("100"),
                d("3.6"),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 9, 29),
                DayCount.ACT_360,
                InterestMode.AT_MATURITY);
        assertThat(terms.netAmount()).isEqualTo(d("10000.00"));
        assertThat(terms.amountDueAtMaturity()).isEqualTo(d("10090.00"));
    }

    @Test
    void principalIsCappedByTheAdvanceRatioAndTheRequestedAmount() {
        // 90% of 1,250,000.55 is 1,125,000.495 -> rounded down to 1,125,000.49, never above the ratio
        FinancingTerms byRatio = FinancingTerms.compute(
                d("2000000.00"),
                d("1250000.55"),
                d("90"),
                d("4.2"),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 12, 28),
                DayCount.ACT_360,
                InterestMode.UPFRONT);
        assertThat(byRatio.principal()).isEqualTo(d("1125000.49"));
        FinancingTerms byRequest = FinancingTerms.compute(
                d("800000.00"),
                d("1250000.55"),
                d("90"),
                d("4.2"),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 12, 28),
                DayCount.ACT_360,
                InterestMode.UPFRONT);
        assertThat(byRequest.principal()).isEqualTo(d("800000.00"));
        // 180 days at 4.2% on 800,000: 800,000 x 0.042 x 180 / 360 = 16,800.00
        assertThat(byRequest.days()).isEqualTo(180);
        assertThat(byRequest.interest()).isEqualTo(d("16800.00"));
        assertThat(byRequest.netAmount()).isEqualTo(d("783200.00"));
    }
}
