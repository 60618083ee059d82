package org.scfin.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 tokens signed with the local key, for {@code scripts/token}, the tests and local use. Plain JDK signing
 * keeps the command-line tool free of a running Quarkus; the service verifies them with smallrye-jwt like any identity
 * provider's token.
 */
public final class LocalTokenIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String issuer;

    public LocalTokenIssuer(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * @param partyId the core enterprise, supplier, bank or region the caller acts for; null for admin (and for a
     *     dashboard that sees every region)
     */
    public String mint(Role role, String partyId, Duration lifetime) {
        Instant now = Instant.now();
        return mint(role, partyId, now, now.plus(lifetime));
    }

    public String mint(Role role, String partyId, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        String subject = partyId == null ? role.tokenName() : role.tokenName() + ":" + partyId;
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(role.tokenName()));
        if (partyId != null && role.partyClaim() != null) {
            claims.put(role.partyClaim(), partyId);
        }
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return sign(claims);
    }

    /** Signs arbitrary claims: tests use it to build tokens that must be refused. */
    public String sign(Map<String, Object> claims) {
        try {
            String header = B64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
