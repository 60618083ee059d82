package org.scfin.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code token ROLE [ID]}: prints a token signed with the local key, for local use and the README walk-through. Runs
 * without Quarkus, so it reads the same environment variables as the service: {@code KEYS_DIR}, {@code JWT_ISSUER}, and
 * {@code TOKEN_LIFETIME} (ISO-8601 duration, default 12 hours).
 */
public final class TokenCommand {

    private static final String DEFAULT_LIFETIME = "PT12H";

    private TokenCommand() {}

    public static int run(String... args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: token admin | token erp CORE_ENTERPRISE_ID | token supplier SUPPLIER_ID"
                    + " | token bank BANK_ID | token dashboard [REGION_CODE] | token authority REGION_CODE");
            return 2;
        }
        Optional<Role> role = Role.fromTokenName(args[1]);
        if (role.isEmpty()) {
            System.err.println("unknown role " + args[1] + "; one of admin, erp, supplier, bank, dashboard, authority");
            return 2;
        }
        String party = args.length == 3 ? args[2] : null;
        if (role.get().requiresParty() && party == null) {
            System.err.println("role " + args[1] + " needs the id of its party");
            return 2;
        }
        if (role.get() == Role.ADMIN && party != null) {
            System.err.println("role admin takes no id");
            return 2;
        }
        Path keys = Path.of(env("KEYS_DIR", SecurityConfig.DEFAULT_KEYS_DIR));
        LocalSigningKeys.ensure(keys);
        Duration lifetime = Duration.parse(env("TOKEN_LIFETIME", DEFAULT_LIFETIME));
        LocalTokenIssuer issuer = new LocalTokenIssuer(
                LocalSigningKeys.readPrivateKey(keys), env("JWT_ISSUER", SecurityConfig.DEFAULT_ISSUER));
        System.out.println(issuer.mint(role.get(), party, lifetime));
        return 0;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
