package org.scfin.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Tokens;

/**
 * Well-signed tokens whose time or claims are wrong are refused as credentials: 401 problem+json, never a caller with a
 * guessed role or party. The clock skew allowed between the issuer and this service is 30 seconds.
 */
@QuarkusTest
class TokenRulesTest {

    private static Map<String, Object> claims(List<String> groups, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", SecurityConfig.DEFAULT_ISSUER);
        claims.put("sub", "tester");
        claims.put("upn", "tester");
        claims.put("groups", groups);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        return claims;
    }

    private static Map<String, Object> admin(Instant issuedAt, Instant expiresAt) {
        return claims(List.of("admin"), issuedAt, expiresAt);
    }

    private static void refused(Map<String, Object> claims, String path) {
        as(Tokens.signed(claims))
                .get(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("type", containsString("unauthenticated"));
    }

    private static void accepted(Map<String, Object> claims, String path) {
        as(Tokens.signed(claims)).get(path).then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsAcceptedOnlyWithinTheClockSkew() {
        Instant now = Instant.now();
        refused(admin(now.minus(Duration.ofHours(1)), now.minusSeconds(45)), "/api/v1/regions");
        accepted(admin(now.minus(Duration.ofHours(1)), now.minusSeconds(10)), "/api/v1/regions");
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedBeyondTheClockSkew() {
        Instant now = Instant.now();
        Instant monthAhead = now.plus(Duration.ofDays(30));
        refused(admin(monthAhead, monthAhead.plus(Duration.ofHours(1))), "/api/v1/regions");
        refused(admin(now.plusSeconds(45), now.plus(Duration.ofHours(1))), "/api/v1/regions");
        accepted(admin(now.plusSeconds(10), now.plus(Duration.ofHours(1))), "/api/v1/regions");
    }

    @Test
    void aTokenMustCarryExactlyOneKnownRoleAndNothingElse() {
        Instant now = Instant.now();
        refused(claims(List.of("admin", "superuser"), now, now.plusSeconds(600)), "/api/v1/banks");
        refused(claims(List.of("admin", "erp"), now, now.plusSeconds(600)), "/api/v1/banks");
        refused(claims(List.of("root"), now, now.plusSeconds(600)), "/api/v1/banks");
        refused(claims(List.of(), now, now.plusSeconds(600)), "/api/v1/banks");
    }

    @Test
    void partyClaimsMustBeNonEmptyStrings() {
        Instant now = Instant.now();
        for (Object party : List.of(12345, Map.of("id", "0KZ4J2D1X3B7Q"), List.of("0KZ4J2D1X3B7Q"), true, "", "  ")) {
            Map<String, Object> erp = claims(List.of("erp"), now, now.plusSeconds(600));
            erp.put("core_enterprise_id", party);
            refused(erp, "/api/v1/receivables");
        }
        // a dashboard without a region sees every region; one with a malformed region claim is refused, not widened
        Map<String, Object> dashboard = claims(List.of("dashboard"), now, now.plusSeconds(600));
        dashboard.put("region_code", 620000);
        refused(dashboard, "/api/v1/regions");
        dashboard.put("region_code", "");
        refused(dashboard, "/api/v1/regions");
        dashboard.put("region_code", "62000");
        refused(dashboard, "/api/v1/regions");
        dashboard.put("region_code", "620000");
        accepted(dashboard, "/api/v1/regions");
        Map<String, Object> erp = claims(List.of("erp"), now, now.plusSeconds(600));
        refused(erp, "/api/v1/receivables");
    }

    @Test
    void anAuthorityMustNameItsRegion() {
        Instant now = Instant.now();
        // unlike a dashboard, an authority always acts for one region: without region_code it is no caller at all
        Map<String, Object> authority = claims(List.of("authority"), now, now.plusSeconds(600));
        refused(authority, "/api/v1/rate-coupons");
        authority.put("region_code", 620300);
        refused(authority, "/api/v1/rate-coupons");
        authority.put("region_code", "");
        refused(authority, "/api/v1/rate-coupons");
        // a code no region can have is refused rather than left to see nothing
        for (String malformed : List.of("6203", "6203000", "62030x", " 620300")) {
            authority.put("region_code", malformed);
            refused(authority, "/api/v1/rate-coupons");
        }
        authority.put("region_code", "620300");
        accepted(authority, "/api/v1/rate-coupons");
    }
}
