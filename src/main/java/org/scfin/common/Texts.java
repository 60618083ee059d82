package org.scfin.common;

/** Small helpers for query text that callers send. */
public final class Texts {

    private Texts() {}

    /** Escapes LIKE wildcards so that a caller's {@code %} or {@code _} matches itself, then wraps in {@code %...%}. */
    public static String containsPattern(String text) {
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
