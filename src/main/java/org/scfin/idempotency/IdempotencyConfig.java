package org.scfin.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "scf.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its stored response are kept. */
    @WithDefault("PT24H")
    Duration retention();
}
