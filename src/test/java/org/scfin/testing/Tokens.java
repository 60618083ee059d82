package org.scfin.testing;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.scfin.security.LocalSigningKeys;
import org.scfin.security.LocalTokenIssuer;
import org.scfin.security.Role;
import org.scfin.security.SecurityConfig;

/**
 * Bearer tokens for tests, signed with the test run's key exactly as {@code scripts/token} signs them; or, for tests
 * against a service running on its own ({@code scripts/cluster test}), with that service's key, under the directory the
 * system property {@value #KEYS_DIR_PROPERTY} names.
 */
public final class Tokens {

    public static final String KEYS_DIR_PROPERTY = "scf.test.keys-dir";

    private static LocalTokenIssuer issuer;

    private Tokens() {}

    private static synchronized LocalTokenIssuer issuer() {
        if (issuer == null) {
            String runningService = System.getProperty(KEYS_DIR_PROPERTY);
            Path keys;
            if (runningService == null) {
                keys = DatabaseTestResource.KEYS;
                LocalSigningKeys.ensure(keys);
            } else {
                // the service made its keys: new ones here would sign tokens it does not trust
                keys = Path.of(runningService);
            }
            issuer = new LocalTokenIssuer(LocalSigningKeys.readPrivateKey(keys), SecurityConfig.DEFAULT_ISSUER);
        }
        return issuer;
    }

    public static String admin() {
        return issuer().mint(Role.ADMIN, null, Duration.ofHours(1));
    }

    public static String erp(String coreEnterpriseId) {
        return issuer().mint(Role.ERP, coreEnterpriseId, Duration.ofHours(1));
    }

    public static String supplier(String supplierId) {
        return issuer().mint(Role.SUPPLIER, supplierId, Duration.ofHours(1));
    }

    public static String bank(String bankId) {
        return issuer().mint(Role.BANK, bankId, Duration.ofHours(1));
    }

    public static String dashboard(String regionCode) {
        return issuer().mint(Role.DASHBOARD, regionCode, Duration.ofHours(1));
    }

    /** A regional authority of {@code regionCode} and the regions under it. */
    public static String authority(String regionCode) {
        return issuer().mint(Role.AUTHORITY, regionCode, Duration.ofHours(1));
    }

    public static String expired(Role role, String partyId) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return issuer().mint(role, partyId, past, past.plus(Duration.ofHours(1)));
    }

    /** A token like the others but signed with a key of its own, which the service does not trust. */
    public static String signedByAnotherKey(Role role, String partyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new LocalTokenIssuer(generator.generateKeyPair().getPrivate(), SecurityConfig.DEFAULT_ISSUER)
                    .mint(role, partyId, Duration.ofHours(1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs arbitrary claims with the trusted key, for tokens that are well signed but otherwise wrong. */
    public static String signed(Map<String, Object> claims) {
        return issuer().sign(claims);
    }
}
