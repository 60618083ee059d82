package org.scfin.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Prefer} request header (RFC 7240), as far as this API honours it: {@code return=minimal}, which asks for a
 * short answer instead of the full representation. Preferences this API does not know are ignored, as the RFC says.
 */
public final class Preferences {

    public static final String PREFER = "Prefer";
    public static final String APPLIED = "Preference-Applied";
    public static final String RETURN_MINIMAL = "return=minimal";

    private Preferences() {}

    /**
     * Whether the request's {@code Prefer} headers (each may list several preferences, comma-separated) ask for
     * {@code return=minimal}. Names and values are compared ignoring case, a value may be quoted, parameters after
     * {@code ;} are ignored, and when {@code return} is given more than once the first one counts (RFC 7240, section
     * 2).
     */
    public static boolean returnMinimal(List<String> headers) {
        if (headers == null) {
            return false;
        }
        for (String header : headers) {
            for (String preference : splitOutsideQuotes(header, ',')) {
                String nameAndValue = splitOutsideQuotes(preference, ';').get(0);
                int equals = nameAndValue.indexOf('=');
                String name = (equals < 0 ? nameAndValue : nameAndValue.substring(0, equals)).strip();
                if (name.equalsIgnoreCase("return")) {
                    return equals >= 0
                            && unquoted(nameAndValue.substring(equals + 1).strip())
                                    .equalsIgnoreCase("minimal");
                }
            }
        }
        return false;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                part.append(c);
                c = text.charAt(++i);
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
