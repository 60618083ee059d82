package org.scfin.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the local token set-up used when no identity provider is configured. */
@ConfigMapping(prefix = "scf.security")
public interface SecurityConfig {

    String DEFAULT_KEYS_DIR = "data/keys";
    String DEFAULT_ISSUER = "https://scfin.local/issuer";

    /** Generate a signing key pair under {@link #keysDir()} at start if none is there (embedded/local mode). */
    @WithDefault("true")
    boolean localKeys();

    /** Where the local signing key pair lives: {@code private.pem} and {@code public.pem}. */
    @WithDefault(DEFAULT_KEYS_DIR)
    String keysDir();

    /** The issuer written into locally minted tokens; must equal {@code mp.jwt.verify.issuer}. */
    @WithDefault(DEFAULT_ISSUER)
    String issuer();
}
