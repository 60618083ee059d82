package org.scfin.common;

import io.hypersistence.tsid.TSID;
import java.util.regex.Pattern;

/**
 * Application-generated, time-ordered identifiers (TSID: 13 Crockford base-32 characters). Ids sort by creation time,
 * so inserts append to the primary-key index, and no database round trip or AUTO_INCREMENT hot spot is needed.
 */
public final class Ids {

    private static final TSID.Factory FACTORY = TSID.Factory.builder()
            .withRandomFunction(TSID.Factory.THREAD_LOCAL_RANDOM_FUNCTION)
            .build();

    /**
     * What an id looks like, exactly as {@link #newId()} writes it: 13 characters of Crockford's base 32 in capitals
     * (no I, L, O or U), the first at most F since a TSID has 64 bits. Path templates use it ({@code {id: ...}}), so a
     * path with anything else matches no resource; {@link WellFormedId} checks bodies and filters with it.
     */
    public static final String PATTERN = "[0-9A-F][0-9A-HJKMNP-TV-Z]{12}";

    public static final String MESSAGE = "must be an id as this API writes them: 13 digits and capital letters";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Ids() {}

    public static String newId() {
        return FACTORY.generate().toString();
    }

    /**
     * An id a caller sent: anything not written as one of ours can never match one, so it is refused before the
     * database is asked. The id columns are ASCII and compare case-insensitively with trailing spaces ignored, so a
     * lookup would otherwise fail on other characters, or find a row under another spelling of its id.
     */
    public static boolean isWellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
