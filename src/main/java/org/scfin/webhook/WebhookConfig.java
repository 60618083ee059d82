package org.scfin.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "scf.webhook")
public interface WebhookConfig {

    /**
     * Plain HTTP and loopback, private or link-local targets are accepted ({@code WEBHOOK_ALLOW_LOCAL_TARGETS}); off in
     * production, where a target must be a public HTTPS address, so that a subscription cannot reach our own network.
     */
    @WithDefault("false")
    boolean allowLocalTargets();

    /**
     * The key that seals the signing secrets in the database (base64 of 32 bytes, {@code WEBHOOK_SECRET_KEY}); when
     * absent, a key file generated under the keys directory.
     */
    Optional<String> secretKey();

    /** How long the secret before a rotation still signs deliveries beside the new one. */
    @WithDefault("PT24H")
    Duration rotationGrace();

    /** How long a delivery may take to be answered before it counts as failed. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** The wait after the first failure; each further failure doubles it, up to {@link #maxBackoff()}. */
    @WithDefault("PT5S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long after its first attempt a failing delivery is retried before it is dead-lettered. */
    @WithDefault("PT24H")
    Duration retryWindow();

    /** Whether this instance runs the delivery worker in the background (tests drive it themselves). */
    @WithDefault("true")
    boolean dispatch();

    /** How often the background worker looks for committed events and due retries. */
    @WithDefault("PT0.1S")
    Duration pollInterval();

    /** Subscriptions delivered at the same time by this instance. */
    @WithDefault("8")
    int senders();
}
