package org.scfin.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.scfin.security.LocalSigningKeys;
import org.scfin.security.LocalTokenIssuer;
import org.scfin.security.Role;
import org.scfin.security.SecurityConfig;

/** Bearer tokens for tests, signed with the test run's key exactly as {@code scripts/token} signs them. */
public final class Tokens {

    private static LocalTokenIssuer issuer;

    private Tokens() {}

    private static synchronized LocalTokenIssuer issuer() {
        if (issuer == null) {
            LocalSigningKeys.ensure(DatabaseTestResource.KEYS);
            issuer = new LocalTokenIssuer(
                    LocalSigningKeys.readPrivateKey(DatabaseTestResource.KEYS), SecurityConfig.DEFAULT_ISSUER);
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

    public static String expired(Role role, String partyId) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return issuer().mint(role, partyId, past, past.plus(Duration.ofHours(1)));
    }

    /** Signs arbitrary claims with the trusted key, for tokens that are well signed but otherwise wrong. */
    public static String signed(Map<String, Object> claims) {
        return issuer().sign(claims);
    }
}
