package org.scfin.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.anonymous;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

@QuarkusTest
class AuthenticationTest {

    @Test
    void everyApiEndpointNeedsAToken() {
        for (String path : List.of(
                "/api/v1/regions",
                "/api/v1/core-enterprises",
                "/api/v1/suppliers",
                "/api/v1/banks",
                "/api/v1/industrial-chains",
                "/api/v1/receivables")) {
            anonymous()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("status", equalTo(401))
                    .body("type", containsString("unauthenticated"));
        }
        anonymous()
                .body(Fixtures.receivable("x", "1.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() {
        as(Tokens.expired(Role.ADMIN, null))
                .get("/api/v1/regions")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        String forged = Tokens.signedByAnotherKey(Role.ADMIN, null);
        as(forged).get("/api/v1/regions").then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        long now = Instant.now().getEpochSecond();
        String token = Tokens.signed(Map.of(
                "iss",
                "https://elsewhere.example",
                "sub",
                "admin",
                "upn",
                "admin",
                "groups",
                List.of("admin"),
                "iat",
                now,
                "exp",
                now + 600));
        as(token).get("/api/v1/regions").then().statusCode(401);
    }

    @Test
    void garbageTokenIsRefused() {
        as("not.a.token").get("/api/v1/regions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void partyRoleWithoutItsPartyClaimIsRefused() {
        long now = Instant.now().getEpochSecond();
        String erpWithoutCore = Tokens.signed(Map.of(
                "iss",
                SecurityConfig.DEFAULT_ISSUER,
                "sub",
                "erp",
                "upn",
                "erp",
                "groups",
                List.of("erp"),
                "iat",
                now,
                "exp",
                now + 600));
        as(erpWithoutCore)
                .get("/api/v1/receivables")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("core_enterprise_id"));
    }

    @Test
    void tokenWithTwoRolesIsRefused() {
        long now = Instant.now().getEpochSecond();
        String both = Tokens.signed(Map.of(
                "iss",
                SecurityConfig.DEFAULT_ISSUER,
                "sub",
                "x",
                "upn",
                "x",
                "groups",
                List.of("admin", "erp"),
                "core_enterprise_id",
                "X",
                "iat",
                now,
                "exp",
                now + 600));
        as(both).get("/api/v1/banks")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("groups"));
    }

    @Test
    void unknownRoleIsRefused() {
        long now = Instant.now().getEpochSecond();
        String token = Tokens.signed(Map.of(
                "iss",
                SecurityConfig.DEFAULT_ISSUER,
                "sub",
                "x",
                "upn",
                "x",
                "groups",
                List.of("root"),
                "iat",
                now,
                "exp",
                now + 600));
        as(token).get("/api/v1/banks").then().statusCode(401).contentType("application/problem+json");
    }
}
