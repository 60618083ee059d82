package org.scfin.webhook;

import java.time.Instant;

/** How one attempt went: a 2xx is success; any other status, or no answer, is a failure to retry. */
record Outcome(Instant attemptedAt, int durationMs, Integer httpStatus, String error) {

    boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }
}
