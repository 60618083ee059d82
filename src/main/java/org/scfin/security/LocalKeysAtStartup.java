package org.scfin.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Makes sure the local signing key pair exists before the first request is verified (smallrye-jwt reads the public key
 * lazily). With an identity provider configured, {@code scf.security.local-keys=false} turns this off.
 */
@Singleton
public class LocalKeysAtStartup {

    void onStart(@Observes StartupEvent event, SecurityConfig config) {
        if (config.localKeys()) {
            LocalSigningKeys.ensure(Path.of(config.keysDir()));
        }
    }
}
