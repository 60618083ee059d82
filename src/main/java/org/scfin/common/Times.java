package org.scfin.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision the database keeps (DATETIME(6)), so what we answer is what we stored. */
public final class Times {

    private Times() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
