package org.scfin.product;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.scfin.common.ProblemException;

/** Reads the search's rate and yes/no parameters, which {@link org.scfin.common.QueryParams} has no reader for. */
final class SearchParams {

    private static final Pattern RATE = Pattern.compile("\\d{1,2}(\\.\\d{1,4})?");

    private SearchParams() {}

    /** A percent a year with at most 4 decimals, as rates are kept. */
    static BigDecimal rate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!RATE.matcher(value.trim()).matches()) {
            throw ProblemException.invalidParameter(
                    name, "rate", "must be a percent a year such as 4 or 4.35 (at most 4 decimals, below 100)");
        }
        return new BigDecimal(value.trim());
    }

    static Boolean yesNo(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidParameter(name, "boolean", "must be true or false");
        };
    }
}
