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
}
