package org.scfin.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A delivery that is due, as the worker sends it: the event's body as the subscriber's feed shows it, signed with each
 * secret in force.
 */
record Delivery(
        String id, String targetUrl, String body, List<String> secrets, int attemptsSoFar, Instant firstAttemptAt) {

    String webhookId() {
        return StandardWebhooks.ID_PREFIX + id;
    }
}
