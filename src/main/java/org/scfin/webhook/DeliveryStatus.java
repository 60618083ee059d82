package org.scfin.webhook;

public enum DeliveryStatus {
    /** Not delivered yet: waiting for its turn or for its next attempt. */
    PENDING,
    /** A 2xx answered it. */
    DELIVERED,
    /** It failed for the whole retry window; the subscription's later events went on without it. */
    DEAD
}
