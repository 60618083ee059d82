package org.scfin.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one rule for dates callers send, in bodies and in query parameters alike. A date is an ISO-8601 calendar date,
 * YYYY-MM-DD, and nothing else: no time (a date-time is not a date and is never cut to one), no spaces, a real day (no
 * February 30); a date-time where a date belongs is a rule broken (422, {@code plain-date}), not a malformed value.
 * Then it lies in the years 1900 to 9999, a rule of its own ({@link DateRange}: 422 in a body), so that
 * {@code +10000-01-01}, which ISO writes with a sign, is read but refused rather than stored in a DATE column that
 * cannot hold it. Every field's own business rules narrow the range further. Timestamps keep to the same years.
 */
public final class Dates {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 9999;
    public static final String FORMAT_MESSAGE = "must be a date as YYYY-MM-DD";
    public static final String RANGE_MESSAGE = "must be between the years " + EARLIEST_YEAR + " and " + LATEST_YEAR;

    private Dates() {}

    /** The date {@code text} writes, or empty when it is not exactly an ISO-8601 calendar date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            // ISO_LOCAL_DATE resolves strictly and parses the whole text: "2025-01-01T00:00:00Z" and " 2025-01-01" fail
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static final String PLAIN_DATE_MESSAGE = "must be a date without a time, as YYYY-MM-DD";

    /** Whether {@code value} is an ISO-8601 date-time (with or without an offset), sent where a plain date belongs. */
    public static boolean isDateTime(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
    }

    public static boolean inRange(Instant instant) {
        return inRange(instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }
}
