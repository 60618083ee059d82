package org.scfin.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads typed query parameters. JAX-RS answers 404 when it cannot convert a query parameter (the spec says so);
 * a caller who sent {@code ?dueFrom=yesterday} deserves a 400 that names the parameter and its format.
 */
public final class QueryParams {

    private QueryParams() {
    }

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

    public static LocalDate date(String name, String value) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "date-format", "must be a date as YYYY-MM-DD");
        }
    }

    public static BigDecimal decimal(String name, String value) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "type", "must be a decimal number such as 1000.00");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "allowed-values", "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
