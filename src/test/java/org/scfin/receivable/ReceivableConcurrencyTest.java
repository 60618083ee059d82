package org.scfin.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Races;

/** Requests that really race, against the real database. */
@QuarkusTest
class ReceivableConcurrencyTest {

    private static final int RACERS = 16;

    private static List<Response> race(IntFunction<Response> request) throws Exception {
        return Races.race(RACERS, request);
    }

    private static long count(List<Response> responses, int status) {
        return Races.count(responses, status);
    }

    @Test
    void oneInvoiceRacedUnderSixteenReferencesBacksExactlyOneReceivable() throws Exception {
        Pair pair = Fixtures.pair();
        String invoice = "RACE-" + Fixtures.shortId();
        List<Response> responses = race(n -> {
            Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "100.00");
            item.put("invoiceNumbers", List.of(invoice));
            return as(pair.erpToken()).body(item).post("/api/v1/receivables");
        });
        assertThat(count(responses, 201)).isEqualTo(1);
        assertThat(count(responses, 409)).isEqualTo(RACERS - 1);
        responses.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r ->
                        assertThat(r.jsonPath().getString("errors[0].rule")).isEqualTo("unique-invoice"));
        Number total = as(pair.erpToken())
                .get("/api/v1/receivables?supplierId=" + pair.supplierId())
                .then()
                .extract()
                .path("total");
        assertThat(total.intValue()).isEqualTo(1);
    }

    @Test
    void sixteenIdenticalPostsWithoutKeyCreateOneAndReturnItToAll() throws Exception {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "250.00");
        List<Response> responses = race(n -> as(pair.erpToken()).body(item).post("/api/v1/receivables"));
        assertThat(responses)
                .as(responses.stream()
                        .map(r -> r.statusCode() + " " + r.asString())
                        .toList()
                        .toString())
                .allMatch(r -> r.statusCode() == 200 || r.statusCode() == 201);
        assertThat(count(responses, 201)).isEqualTo(1);
        assertThat(count(responses, 200)).isEqualTo(RACERS - 1);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("id")).distinct())
                .hasSize(1);
    }

    @Test
    void sixteenPostsWithOneIdempotencyKeyDoTheWorkOnce() throws Exception {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "99.00");
        String key = "race-" + Fixtures.shortId();
        List<Response> responses = race(n ->
                as(pair.erpToken()).header("Idempotency-Key", key).body(item).post("/api/v1/receivables"));
        // the first creates; the others either find it running (409) or replay its answer (201, marked as a replay)
        assertThat(count(responses, 201) + count(responses, 409)).isEqualTo(RACERS);
        assertThat(responses.stream().filter(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null))
                .hasSize(1);
        assertThat(responses.stream()
                        .filter(r -> r.statusCode() == 201)
                        .map(r -> r.jsonPath().getString("id"))
                        .distinct())
                .hasSize(1);
        // a 409 says the key is in use, not that the receivable exists already (which would mean the request ran again)
        assertThat(responses.stream()
                        .filter(r -> r.statusCode() == 409)
                        .map(r -> r.jsonPath().getString("type")))
                .containsOnly("https://scfin.org/problems/idempotency-key-in-use");
        Number total = as(pair.erpToken())
                .get("/api/v1/receivables?supplierId=" + pair.supplierId())
                .then()
                .extract()
                .path("total");
        assertThat(total.intValue()).isEqualTo(1);
    }

    @Test
    void concurrentCreditNotesNeverLoseAnUpdate() throws Exception {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "10000.00");
        List<Response> responses = race(n -> as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "CN-" + n, "amount", new BigDecimal("10.01")))
                .post("/api/v1/receivables/{id}/adjust", id));
        assertThat(count(responses, 200)).isEqualTo(RACERS);
        Response after = as(pair.erpToken()).get("/api/v1/receivables/{id}", id);
        // 16 credit notes of 10.01 = 160.16 off 10,000.00
        assertThat(after.jsonPath().getString("amount")).isEqualTo("9839.84");
        assertThat(after.jsonPath().getList("history")).hasSize(1 + RACERS);
    }

    @Test
    void cancelRacingConfirmationEndsInOneConsistentState() throws Exception {
        Pair pair = Fixtures.pair();
        String id = Fixtures.submittedReceivable(pair, "10.00");
        List<Response> responses = race(n -> n % 2 == 0
                ? as(pair.erpToken()).post("/api/v1/receivables/{id}/confirm", id)
                : as(pair.supplierToken())
                        .body(Map.of("reason", "withdrawn"))
                        .post("/api/v1/receivables/{id}/cancel", id));
        // exactly one transition wins; every other attempt sees the new state and is refused (409 illegal transition,
        // or 403 for a supplier cancelling what is now confirmed), never a server error
        assertThat(count(responses, 200)).isEqualTo(1);
        assertThat(count(responses, 409) + count(responses, 403)).isEqualTo(RACERS - 1);
        String status = as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .extract()
                .path("status");
        assertThat(status).isIn("CONFIRMED", "CANCELLED");
        assertThat(as(pair.erpToken())
                        .get("/api/v1/receivables/{id}", id)
                        .jsonPath()
                        .getList("history"))
                .hasSize(2);
    }
}
