package org.scfin.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the page writes a figure of the API's answer (dashboard/js/format.js), written out again here so that a card
 * showing anything but the API's value fails the test: grouped thousands, two decimals for money, percentages and
 * hours, a sign on every change and spread, rates with up to the API's four decimals, and a dash for a missing figure.
 */
final class PageFigures {

    static final String MISSING = "—";

    private PageFigures() {}

    /** The figure at a dotted path of an answer ("rates.min"), as the page writes it in the given format. */
    static String written(JsonNode answer, String key, String format) {
        JsonNode node = answer;
        for (String part : key.split("\\.")) {
            node = node == null || node.isNull() ? null : node.get(part);
        }
        if (node == null || node.isNull()) {
            return MISSING;
        }
        BigDecimal value = node.decimalValue();
        return switch (format) {
            case "count" -> grouped(value, 0);
            case "amount", "percent", "hours" -> grouped(value, 2);
            case "signedPercent", "pp" -> (value.signum() > 0 ? "+" : "") + grouped(value, 2);
            case "rate" -> rate(value);
            default -> throw new IllegalArgumentException("the page has a format the test does not know: " + format);
        };
    }

    private static String grouped(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String rate(BigDecimal value) {
        BigDecimal exact = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return exact.setScale(Math.max(2, exact.scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }
}
