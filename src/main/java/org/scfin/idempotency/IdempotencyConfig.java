package org.scfin.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "scf.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its stored response are kept. */
    @WithDefault("PT24H")
    Duration retention();

    /**
     * How long a claimed key counts as running. A claim older than this belongs to a request that died before it
     * committed (its work and its response commit together), so the key may be claimed again.
     */
    @WithDefault("PT60S")
    Duration lease();
}
