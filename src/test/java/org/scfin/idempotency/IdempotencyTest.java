package org.scfin.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.scfin.receivable.ReceivableInput;
import org.scfin.security.Caller;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Races;

@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotentPost idempotent;

    @Inject
    ObjectMapper json;

    @Test
    void replayReturnsTheOriginalStatusBodyAndLocation() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "321.00");
        String key = "key-" + Fixtures.shortId();
        Response first =
                as(pair.erpToken()).header("Idempotency-Key", key).body(item).post("/api/v1/receivables");
        first.then().statusCode(201);
        Response replay =
                as(pair.erpToken()).header("Idempotency-Key", key).body(item).post("/api/v1/receivables");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
    }

    @Test
    void sameKeyWithAnotherPayloadIs422() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "321.00");
        String key = "key-" + Fixtures.shortId();
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201);
        Map<String, Object> other = new HashMap<>(item);
        other.put("amount", new BigDecimal("322.00"));
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(other)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://scfin.org/problems/idempotency-key-reused"));
    }

    @Test
    void replayWhileTheFirstIsStillRunningIs409() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "55.00");
        String key = "key-" + Fixtures.shortId();
        ReceivableInput input = json.convertValue(item, ReceivableInput.class);
        String hash = idempotent.requestHash("/api/v1/receivables", null, input);
        // a first request with this key is in flight: its transaction holds the claim, exactly as the service takes it
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    assertThat(store.claim(Caller.erp(pair.coreEnterpriseId()).scopeKey(), key, hash))
                            .isInstanceOf(IdempotencyStore.Claimed.class);
                    as(pair.erpToken())
                            .header("Idempotency-Key", key)
                            .body(item)
                            .post("/api/v1/receivables")
                            .then()
                            .statusCode(409)
                            .body("type", equalTo("https://scfin.org/problems/idempotency-key-in-use"));
                    throw new IllegalStateException("the first request dies before it commits");
                }))
                .hasMessageContaining("dies");
        // the first died without committing: its claim went with it, and the key is free again
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201);
    }

    @Test
    void aConcurrentFirstRequestWithTheSameKeyIsReplayedOnceTheFirstCommits() throws Exception {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "56.00");
        String key = "key-" + Fixtures.shortId();
        List<Response> answers = Races.race(
                8,
                i -> as(pair.erpToken())
                        .header("Idempotency-Key", key)
                        .body(item)
                        .post("/api/v1/receivables"));
        // one ran; every other either replayed it or was told it was still running, never ran it again. Which of the
        // two each gets depends on whether it arrives before or after the first commits: that either-or is the race
        // itself.
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(201, 409));
        List<Response> ran = answers.stream()
                .filter(a -> a.statusCode() == 201 && a.header("Idempotent-Replayed") == null)
                .toList();
        assertThat(ran).hasSize(1);
        String id = ran.get(0).jsonPath().getString("id");
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 201)
                .allSatisfy(a -> assertThat(a.jsonPath().getString("id")).isEqualTo(id));
        // a 409 says the key is in use, not that the receivable exists already (which would mean the request ran again)
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.jsonPath().getString("type"))
                        .isEqualTo("https://scfin.org/problems/idempotency-key-in-use"));
        as(pair.erpToken())
                .get("/api/v1/receivables?supplierId=" + pair.supplierId())
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void keysAreScopedToTheCaller() {
        Pair mine = Fixtures.pair();
        Pair theirs = Fixtures.pair();
        String key = "shared-" + Fixtures.shortId();
        as(mine.erpToken())
                .header("Idempotency-Key", key)
                .body(Fixtures.receivable(mine.supplierId(), "1.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(201);
        as(theirs.erpToken())
                .header("Idempotency-Key", key)
                .body(Fixtures.receivable(theirs.supplierId(), "2.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("coreEnterpriseId", equalTo(theirs.coreEnterpriseId()));
    }

    @Test
    void clientErrorsOfARequestThatRanAreReplayedToo() {
        Pair pair = Fixtures.pair();
        Map<String, Object> posted = Fixtures.receivable(pair.supplierId(), "1.00");
        as(pair.erpToken()).body(posted).post("/api/v1/receivables").then().statusCode(201);
        Map<String, Object> clash = new HashMap<>(posted);
        clash.put("amount", new BigDecimal("2.00"));
        String key = "clash-" + Fixtures.shortId();
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(clash)
                .post("/api/v1/receivables")
                .then()
                .statusCode(409);
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(clash)
                .post("/api/v1/receivables")
                .then()
                .statusCode(409)
                .header("Idempotent-Replayed", "true")
                .contentType("application/problem+json");
    }

    @Test
    void aRequestThatFailedValidationLeavesItsKeyFreeForTheCorrectedRequest() {
        Pair pair = Fixtures.pair();
        Map<String, Object> bad = Fixtures.receivable(pair.supplierId(), "1.00");
        bad.put("dueDate", "2020-01-01");
        String key = "bad-" + Fixtures.shortId();
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(bad)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .header("Idempotent-Replayed", Matchers.nullValue());
        // the same invalid request again is checked again, not replayed
        as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(bad)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .header("Idempotent-Replayed", Matchers.nullValue())
                .contentType("application/problem+json");
        Map<String, Object> corrected = new HashMap<>(bad);
        corrected.put("dueDate", "2025-12-28");
        Response created = as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(corrected)
                .post("/api/v1/receivables");
        created.then().statusCode(201).header("Idempotent-Replayed", Matchers.nullValue());
        Response replay = as(pair.erpToken())
                .header("Idempotency-Key", key)
                .body(corrected)
                .post("/api/v1/receivables");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(replay.jsonPath().getString("id"))
                .isEqualTo(created.jsonPath().getString("id"));
        assertThat(replay.header("Location")).isEqualTo(created.header("Location"));
        as(pair.erpToken())
                .get("/api/v1/receivables?supplierId=" + pair.supplierId())
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void anEmptyKeyAndARepeatedKeyHeaderAre400() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "1.00");
        as(pair.erpToken())
                .header("Idempotency-Key", "")
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(pair.erpToken())
                .header("Idempotency-Key", "one-" + Fixtures.shortId())
                .header("Idempotency-Key", "two-" + Fixtures.shortId())
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        // nothing was posted
        as(pair.erpToken())
                .get("/api/v1/receivables?supplierId=" + pair.supplierId())
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void malformedKeysAre400() {
        Pair pair = Fixtures.pair();
        as(pair.erpToken())
                .header("Idempotency-Key", "x".repeat(256))
                .body(Fixtures.receivable(pair.supplierId(), "1.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
