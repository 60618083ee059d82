package org.scfin.common;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Column values of native query rows ({@link Jdbc#query}, Hibernate's native queries), whichever Java type the driver
 * chose for them. DATETIME columns hold UTC, as {@link Jdbc} writes an {@link Instant} and the driver's
 * connectionTimeZone reads them.
 */
public final class SqlValues {

    private SqlValues() {}

    public static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A DATETIME column, stored in UTC; null for NULL. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp timestamp) {
            // the driver built it from the column read in its connectionTimeZone (UTC): it is the instant itself
            return timestamp.toInstant();
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A count or sum: 0 for NULL. */
    public static long longOrZero(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
