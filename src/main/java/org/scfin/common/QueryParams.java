package org.scfin.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads typed query parameters. JAX-RS answers 404 when it cannot convert a query parameter (the spec says so); a
 * caller who sent {@code ?dueFrom=yesterday} deserves a 400 that names the parameter and its format.
 */
public final class QueryParams {

    private QueryParams() {}

    public static Integer integer(String name, String value) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "type", "must be a whole number");
        }
    }

    /**
     * A date by the rule of {@link Dates}, which bodies follow too: exactly YYYY-MM-DD, between the years 1900 and
     * 9999.
     */
    public static LocalDate date(String name, String value) {
        if (Texts.isBlank(value)) {
            return null;
        }
        LocalDate date = Dates.parse(value)
                .orElseThrow(() -> ProblemException.invalidParameter(name, "date-format", Dates.FORMAT_MESSAGE));
        if (!Dates.inRange(date)) {
            throw ProblemException.invalidParameter(name, "date-range", Dates.RANGE_MESSAGE);
        }
        return date;
    }

    /**
     * A money amount: plain digits with at most 2 decimals. Exponent forms such as {@code 1e999999999} are refused,
     * since writing such a number out in full takes gigabytes.
     */
    public static BigDecimal money(String name, String value) {
        if (Texts.isBlank(value)) {
            return null;
        }
        if (!MONEY.matcher(value.trim()).matches()) {
            throw ProblemException.invalidParameter(
                    name,
                    "money",
                    "must be an amount in yuan such as 1000 or 1000.50 (at most 17 digits"
                            + " before the point and 2 after)");
        }
        return new BigDecimal(value.trim());
    }

    private static final Pattern MONEY = Pattern.compile("\\d{1,17}(\\.\\d{1,2})?");

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(
                    name,
                    "allowed-values",
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
