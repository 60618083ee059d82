package org.scfin.common;

import io.hypersistence.tsid.TSID;

/**
 * Application-generated, time-ordered identifiers (TSID: 13 Crockford base-32 characters). Ids sort by creation
 * time, so inserts append to the primary-key index, and no database round trip or AUTO_INCREMENT hot spot is needed.
 */
public final class Ids {

    private static final TSID.Factory FACTORY = TSID.Factory.builder().withRandomFunction(TSID.Factory.THREAD_LOCAL_RANDOM_FUNCTION).build();

    private Ids() {
    }

    public static String newId() {
        return FACTORY.generate().toString();
    }

    /** An id a caller sent: anything not shaped like one of ours can never match, so callers answer 404 early. */
    public static boolean isWellFormed(String id) {
        return id != null && TSID.isValid(id);
    }
}
