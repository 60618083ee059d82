package org.scfin.iso20022;

import java.util.regex.Pattern;

/**
 * The parser's and the schema validator's messages as this API writes them: without the validator's rule numbers
 * ({@code cvc-complex-type.2.4.a:}) and its notation for elements of no namespace ({@code {"":Ccy}}), which name the
 * schema's machinery rather than the message.
 */
final class SchemaMessages {

    private static final Pattern RULE_NUMBER = Pattern.compile("^cvc-[a-z-]+(\\.[0-9a-z]+)*:\\s*");
    private static final Pattern NO_NAMESPACE = Pattern.compile("\\{?\"\":([A-Za-z0-9]+)\\}?");

    private SchemaMessages() {}

    static String readable(String message) {
        if (message == null || message.isBlank()) {
            return "is not valid";
        }
        if (message.contains("DOCTYPE")) {
            return "a DOCTYPE declaration (and with it any entity) is not accepted";
        }
        String text = RULE_NUMBER.matcher(message.strip()).replaceFirst("");
        return NO_NAMESPACE.matcher(text).replaceAll("$1");
    }
}
