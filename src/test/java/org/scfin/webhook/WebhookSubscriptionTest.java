package org.scfin.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.scfin.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

@QuarkusTest
class WebhookSubscriptionTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String PATH = "/api/v1/webhook-subscriptions";

    static ExtractableResponse<Response> subscribe(String token, String url, List<String> types) {
        return as(token)
                .body(Map.of("targetUrl", url, "eventTypes", types))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract();
    }

    private static long total(String token) {
        return as(token).get(PATH).then().statusCode(200).extract().<Integer>path("total");
    }

    @Test
    void aPartyManagesItsOwnSubscriptionsAndSeesTheSecretOnce() {
        String bank = Tokens.bank(Fixtures.bank("620300"));
        ExtractableResponse<Response> created =
                subscribe(bank, "http://127.0.0.1:9/hook", List.of("FINANCING_APPLIED", "RECEIVABLES_ASSIGNED"));
        String id = created.path("subscription.id");
        String secret = created.path("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.<String>path("subscription.ownerRole")).isEqualTo("bank");
        assertThat(created.<Boolean>path("subscription.active")).isTrue();

        String got = as(bank).get(PATH + "/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(got).doesNotContain(secret).doesNotContain("whsec_");
        as(bank).get(PATH).then().statusCode(200).body("items.id", hasItem(id)).body("items[0].secret", nullValue());

        as(bank).body(Map.of("active", false, "eventTypes", List.of("FINANCING_SETTLED")))
                .patch(PATH + "/{id}", id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("eventTypes", equalTo(List.of("FINANCING_SETTLED")))
                .body("targetUrl", equalTo("http://127.0.0.1:9/hook"));

        String rotated = as(bank).post(PATH + "/{id}/rotate-secret", id)
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        assertThat(rotated).isNotEqualTo(secret);
        as(bank).get(PATH + "/{id}", id).then().statusCode(200).body("previousSecretValidUntil", not(nullValue()));

        // an admin manages every party's subscriptions
        as(Tokens.admin()).get(PATH + "/{id}", id).then().statusCode(200).body("ownerRole", equalTo("bank"));

        as(bank).delete(PATH + "/{id}", id).then().statusCode(204);
        as(bank).get(PATH + "/{id}", id).then().statusCode(404);
    }

    @Test
    void anAnswerKeptForAnIdempotencyKeyKeepsTheSecretSealed() throws Exception {
        String erp = Tokens.erp(Fixtures.coreEnterprise());
        String createKey = "subscribe-" + Fixtures.shortId();
        Map<String, Object> body =
                Map.of("targetUrl", "http://127.0.0.1:9/hook", "eventTypes", List.of("NOTICE_ISSUED"));
        ExtractableResponse<Response> first = as(erp).header("Idempotency-Key", createKey)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .extract();
        String secret = first.path("secret");
        // a retry gets the same answer, secret included
        as(erp).header("Idempotency-Key", createKey)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("secret", equalTo(secret))
                .body("subscription.id", equalTo(first.path("subscription.id")));
        String rotateKey = "rotate-" + Fixtures.shortId();
        String rotated = as(erp).header("Idempotency-Key", rotateKey)
                .post(PATH + "/{id}/rotate-secret", first.<String>path("subscription.id"))
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        as(erp).header("Idempotency-Key", rotateKey)
                .post(PATH + "/{id}/rotate-secret", first.<String>path("subscription.id"))
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("secret", equalTo(rotated));

        // what the database keeps for the keys shows neither secret
        for (String key : List.of(createKey, rotateKey)) {
            String kept = keptAnswer(key);
            assertThat(kept)
                    .isNotBlank()
                    .doesNotContain(secret)
                    .doesNotContain(rotated)
                    .doesNotContain("whsec_");
        }
    }

    private String keptAnswer(String key) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select response_body from idempotency_record where idempotency_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a record kept for " + key).isTrue();
                return rows.getString(1);
            }
        }
    }

    @Test
    void anotherPartysSubscriptionIsNotFoundAndUntouched() {
        Fixtures.Pair pair = Fixtures.pair();
        String id = subscribe(pair.erpToken(), "http://127.0.0.1:9/hook", List.of("RECEIVABLES_ASSIGNED"))
                .path("subscription.id");
        for (String stranger : List.of(
                pair.supplierToken(), Tokens.erp(Fixtures.coreEnterprise()), Tokens.bank(Fixtures.bank("620300")))) {
            as(stranger).get(PATH + "/{id}", id).then().statusCode(404);
            as(stranger)
                    .body(Map.of("active", false))
                    .patch(PATH + "/{id}", id)
                    .then()
                    .statusCode(404);
            as(stranger).post(PATH + "/{id}/rotate-secret", id).then().statusCode(404);
            as(stranger).get(PATH + "/{id}/deliveries", id).then().statusCode(404);
            as(stranger)
                    .body(Map.of("fromCursor", "1", "toCursor", "2"))
                    .post(PATH + "/{id}/deliveries/replay", id)
                    .then()
                    .statusCode(404);
            as(stranger).delete(PATH + "/{id}", id).then().statusCode(404);
            as(stranger).get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        as(pair.erpToken())
                .get(PATH + "/{id}", id)
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("previousSecretValidUntil", nullValue());
        as(pair.erpToken()).get(PATH + "/{id}", "not-an-id").then().statusCode(404);
    }

    @Test
    void aDashboardMayNotSubscribe() {
        as(Tokens.dashboard(null))
                .body(Map.of("targetUrl", "http://127.0.0.1:9/hook", "eventTypes", List.of("FINANCING_SETTLED")))
                .post(PATH)
                .then()
                .statusCode(403);
        as(Tokens.dashboard(null)).get(PATH).then().statusCode(403);
    }

    @Test
    void badTargetsAndEventTypesAreRefusedNamingTheFieldAndNothingIsWritten() {
        String supplier = Tokens.supplier(Fixtures.supplier());
        for (String url : List.of("not a url", "ftp://example.com/x", "https://user:pw@example.com/", "example.com")) {
            as(supplier)
                    .body(Map.of("targetUrl", url, "eventTypes", List.of("FINANCING_SETTLED")))
                    .post(PATH)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("targetUrl"));
        }
        as(supplier)
                .body(Map.of("targetUrl", "http://127.0.0.1:9/hook", "eventTypes", List.of()))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("eventTypes"));
        as(supplier)
                .body(Map.of(
                        "targetUrl",
                        "http://127.0.0.1:9/hook",
                        "eventTypes",
                        List.of("FINANCING_SETTLED", "NO_SUCH_EVENT", "FINANCING_SETTLED")))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("eventTypes[1]", "eventTypes[2]")));
        as(supplier)
                .body(Map.of("eventTypes", List.of("FINANCING_SETTLED")))
                .post(PATH)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("targetUrl"));
        as(supplier)
                .body(Map.of(
                        "targetUrl", "http://127.0.0.1:9/hook", "eventTypes", List.of("FINANCING_SETTLED"), "x", 1))
                .post(PATH)
                .then()
                .statusCode(400);
        assertThat(total(supplier)).isZero();

        String id = subscribe(supplier, "http://127.0.0.1:9/hook", List.of("FINANCING_SETTLED"))
                .path("subscription.id");
        as(supplier)
                .body(Map.of("targetUrl", "gopher://x", "active", false))
                .patch(PATH + "/{id}", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("targetUrl"));
        as(supplier)
                .body(Map.of("eventTypes", List.of("nope")))
                .patch(PATH + "/{id}", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("eventTypes[0]"));
        as(supplier)
                .get(PATH + "/{id}", id)
                .then()
                .body("active", equalTo(true))
                .body("eventTypes", equalTo(List.of("FINANCING_SETTLED")));
        as(supplier)
                .body(Map.of("fromCursor", "5", "toCursor", "2"))
                .post(PATH + "/{id}/deliveries/replay", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("toCursor"));
        as(supplier)
                .body(Map.of("fromCursor", "x", "toCursor", "2"))
                .post(PATH + "/{id}/deliveries/replay", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("fromCursor"));
        as(supplier)
                .get(PATH + "/{id}/deliveries?status=LOST", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        assertThat(total(supplier)).isEqualTo(1);
    }
}
