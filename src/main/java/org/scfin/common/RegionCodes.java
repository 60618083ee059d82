package org.scfin.common;

import java.util.regex.Pattern;

/**
 * What a GB/T 2260 region code looks like: exactly 6 ASCII digits, nothing around them. The code columns are CHAR(6)
 * and compare with trailing spaces ignored, so {@code "620000 "} would find Gansu in one query and nothing in the next:
 * a code that is not written exactly so is refused before any lookup.
 */
public final class RegionCodes {

    /** For path templates ({@code {code: ...}}): a path with anything else matches no resource. */
    public static final String PATTERN = "[0-9]{6}";

    public static final String MESSAGE = "must be a 6-digit GB/T 2260 region code";

    private RegionCodes() {}

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
