package org.scfin.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An annual rate in percent with 4 decimals, as rates are quoted, stored and answered: 3.6 is 3.6000% a year. A rate
 * given with more decimals is a mistake upstream (inputs allow 4), so it fails here rather than being rounded away.
 */
public record Rate(BigDecimal percent) implements Comparable<Rate> {

    public static final int SCALE = 4;

    public Rate {
        percent = Objects.requireNonNull(percent, "percent").setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Rate of(BigDecimal percent) {
        return new Rate(percent);
    }

    /** The rate as a fraction for interest: 3.6% is 0.036. Exact, so interest is rounded once, as money. */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    /** The spread over {@code reference} in basis points (0.01 percentage point), half-up: 3.6% over 3.0% is +60. */
    public int basisPointsOver(Rate reference) {
        return percent.subtract(reference.percent)
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    public boolean isWithin(Rate floor, Rate cap) {
        return compareTo(floor) >= 0 && compareTo(cap) <= 0;
    }

    public boolean isAbove(Rate other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Rate other) {
        return percent.compareTo(other.percent);
    }

    /** As written in messages: {@code 3.6}, without trailing zeros. */
    @Override
    public String toString() {
        return percent.stripTrailingZeros().toPlainString();
    }
}
