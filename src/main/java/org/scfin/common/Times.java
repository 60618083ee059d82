package org.scfin.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision the database keeps (DATETIME(6)), so what we answer is what we stored; and
 * business dates, which are dates in China.
 */
public final class Times {

    private Times() {
    }

    /** Business dates (value dates, maturities, overdue) are dates in China. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    public static LocalDate businessDate(Instant instant) {
        return instant.atZone(BUSINESS_ZONE).toLocalDate();
    }

    /** Hours from one instant to another with 2 decimals, half up (how time to disbursement is shown and counted). */
    public static java.math.BigDecimal hoursBetween(Instant from, Instant to) {
        long seconds = java.time.Duration.between(from, to).toSeconds();
        return java.math.BigDecimal.valueOf(seconds).divide(java.math.BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
    }
}
