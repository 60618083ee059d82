package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rounding and scale rules of amounts and rates, by worked examples. */
class MoneyAndRateTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void moneyHasTwoDecimalsAndRoundsHalfUp() {
        assertThat(Money.of(d("12")).amount()).isEqualTo(d("12.00"));
        assertThat(Money.of(d("0.125")).amount()).isEqualTo(d("0.13"));
        assertThat(Money.of(d("-0.125")).amount()).isEqualTo(d("-0.13"));
        assertThat(Money.quotient(d("1"), d("3")).amount()).isEqualTo(d("0.33"));
        assertThat(Money.quotient(d("2"), d("3")).amount()).isEqualTo(d("0.67"));
        assertThat(Money.ZERO.amount()).isEqualTo(d("0.00"));
    }

    @Test
    void aBoundIsRoundedDownSoItIsNeverPassed() {
        assertThat(Money.atMost(d("9.999")).amount()).isEqualTo(d("9.99"));
    }

    @Test
    void moneyArithmeticKeepsTheScale() {
        Money ten = Money.of(d("10"));
        Money three = Money.of(d("3.5"));
        assertThat(ten.minus(three).amount()).isEqualTo(d("6.50"));
        assertThat(ten.max(three)).isEqualTo(ten);
        assertThat(ten.toString()).isEqualTo("10.00");
    }

    @Test
    void aRateHasFourDecimalsAndConvertsToAFractionAndBasisPoints() {
        Rate rate = Rate.of(d("3.6"));
        assertThat(rate.percent()).isEqualTo(d("3.6000"));
        assertThat(rate.fraction()).isEqualByComparingTo(d("0.036"));
        assertThat(rate.basisPointsOver(Rate.of(d("3.0")))).isEqualTo(60);
        assertThat(Rate.of(d("3.655")).basisPointsOver(Rate.of(d("3.1")))).isEqualTo(56);
        assertThat(Rate.of(d("3.7")).basisPointsOver(Rate.of(d("6.2")))).isEqualTo(-250);
        assertThat(rate.isWithin(Rate.of(d("3.6")), Rate.of(d("4")))).isTrue();
        assertThat(rate.isWithin(Rate.of(d("3.7")), Rate.of(d("4")))).isFalse();
        assertThat(rate.toString()).isEqualTo("3.6");
    }

    @Test
    void aRateWithMoreThanFourDecimalsIsAMistakeNotRounded() {
        assertThatThrownBy(() -> Rate.of(d("3.60001"))).isInstanceOf(ArithmeticException.class);
    }
}
