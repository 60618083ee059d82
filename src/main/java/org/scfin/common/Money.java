package org.scfin.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of yuan (CNY) to the fen. Every amount the service stores or answers has scale 2, and this is the one place
 * that rounds money half-up: a computed amount (interest, a quotient) is made a {@code Money} and rounded here, once.
 * Limits that must never be passed round down instead ({@link #atMost}).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final int SCALE = 2;
    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        amount = Objects.requireNonNull(amount, "amount").setScale(SCALE, ROUNDING);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /**
     * {@code dividend / divisor}, half-up to the fen: the exact quotient may not end, so it is rounded as it is
     * divided.
     */
    public static Money quotient(BigDecimal dividend, BigDecimal divisor) {
        return new Money(dividend.divide(divisor, SCALE, ROUNDING));
    }

    /** {@code amount} rounded down to the fen, so that it never exceeds the bound it was worked out from. */
    public static Money atMost(BigDecimal amount) {
        return new Money(amount.setScale(SCALE, RoundingMode.DOWN));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The amount as written in messages and JSON: {@code 1000.00}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
