package org.scfin.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.scfin.common.RegionCodes;

/**
 * What a token must also be, beyond well signed by the trusted issuer and within its lifetime (smallrye-jwt checks
 * those, with the clock skew {@code mp.jwt.verify.clock.skew}): issued no later than now plus that skew, carrying
 * exactly one known role in {@code groups}, and every party claim it carries a non-empty string (a region a code of six
 * digits), with the one of its role present where the role needs a party. Checked once, when the request is
 * authenticated, so a token that breaks a rule is a 401 like any bad credential, before any role check could read it as
 * something it is not.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    private static final String ROLE_NAMES =
            Arrays.stream(Role.values()).map(Role::tokenName).collect(Collectors.joining(", "));

    private static final String REGION_CLAIM = Role.DASHBOARD.partyClaim();

    @ConfigProperty(name = "mp.jwt.verify.clock.skew")
    int clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        try {
            requireIssuedBy(token, Instant.now().plusSeconds(clockSkewSeconds));
            callerOf(token);
            return Uni.createFrom().item(identity);
        } catch (TokenRefused e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** A token issued after {@code latest} comes from a clock too far ahead, or was minted to be used later. */
    static void requireIssuedBy(JsonWebToken token, Instant latest) {
        if (token.getIssuedAtTime() > latest.getEpochSecond()) {
            throw new TokenRefused("the token is issued in the future (claim iat), beyond the clock skew allowed");
        }
    }

    /** The caller a token names; refuses one whose role or party is unclear rather than guess. */
    static Caller callerOf(JsonWebToken token) {
        Set<String> groups = token.getGroups();
        Role role = groups.size() == 1
                ? Role.fromTokenName(groups.iterator().next()).orElse(null)
                : null;
        if (role == null) {
            throw new TokenRefused("a token must carry exactly one role in claim groups, one of " + ROLE_NAMES);
        }
        for (Role any : Role.values()) {
            if (any.partyClaim() != null && token.containsClaim(any.partyClaim())) {
                partyClaim(token, any.partyClaim());
            }
        }
        String region = partyClaim(token, REGION_CLAIM);
        if (region != null && !RegionCodes.isWellFormed(region)) {
            // a dashboard or authority of a code no region can have would see nothing and never learn why
            throw new TokenRefused("claim " + REGION_CLAIM + " " + RegionCodes.MESSAGE);
        }
        String party = role.partyClaim() == null ? null : partyClaim(token, role.partyClaim());
        if (role.requiresParty() && party == null) {
            throw new TokenRefused(
                    "a " + role.tokenName() + " token must name its party in claim " + role.partyClaim());
        }
        return new Caller(role, party, token.getSubject());
    }

    /** The claim as a string, or null where the token does not carry it. */
    private static String partyClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        String text =
                value instanceof JsonString json ? json.getString() : value instanceof String plain ? plain : null;
        if (value != null && (text == null || text.isBlank())) {
            throw new TokenRefused("claim " + name + " must be a non-empty string");
        }
        return text;
    }
}
