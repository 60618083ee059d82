package org.scfin.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.TestClock;
import org.scfin.testing.WebhookReceiver;

@QuarkusTest
class WebhookDeliveryTest {

    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final List<String> CONFIRMED = List.of("RECEIVABLES_CONFIRMED");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeliveryWorker worker;

    @Inject
    WebhookDispatcher dispatcher;

    /** Subscriptions made by a test, deleted after it so that no later pass tries their stopped receivers. */
    private final List<String[]> made = new ArrayList<>();

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(m -> as(m[0]).delete(PATH + "/{id}", m[1]));
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver(WebhookReceiver r) {
        receivers.add(r);
        return r;
    }

    private ExtractableResponse<Response> subscribe(String token, WebhookReceiver receiver, List<String> types) {
        ExtractableResponse<Response> created = WebhookSubscriptionTest.subscribe(token, receiver.url(), types);
        made.add(new String[] {token, created.path("subscription.id")});
        return created;
    }

    /** Runs the worker for the subscription until {@code done}, or fails after 30 s. */
    private void deliverUntil(String subscriptionId, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("delivered in time").isLessThan(deadline);
            worker.deliver(subscriptionId);
            Thread.sleep(20);
        }
    }

    private static JsonNode feedItem(String token, long cursor) throws Exception {
        String page = as(token)
                .get("/api/v1/events?after={after}&limit=1", cursor - 1)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return JSON.readTree(page).get("items").get(0);
    }

    @Test
    void deliveriesAreSignedAndCarryTheEventAsEachPartysFeedShowsIt() throws Exception {
        Pair pair = Fixtures.pair();
        WebhookReceiver supplierSide = receiver(WebhookReceiver.alwaysOk());
        WebhookReceiver erpSide = receiver(WebhookReceiver.alwaysOk());
        ExtractableResponse<Response> supplierSub = subscribe(pair.supplierToken(), supplierSide, CONFIRMED);
        ExtractableResponse<Response> erpSub = subscribe(pair.erpToken(), erpSide, CONFIRMED);
        String supplierSecret = supplierSub.path("secret");
        String erpSecret = erpSub.path("secret");
        for (int i = 0; i < 3; i++) {
            Fixtures.confirmedReceivable(pair, "1000.00");
        }
        deliverUntil(
                supplierSub.path("subscription.id"),
                () -> supplierSide.accepted().size() == 3);
        deliverUntil(erpSub.path("subscription.id"), () -> erpSide.accepted().size() == 3);

        long now = Instant.now().getEpochSecond();
        for (WebhookReceiver.Received r : supplierSide.received()) {
            assertThat(WebhookReceiver.verifies(supplierSecret, r)).isTrue();
            assertThat(WebhookReceiver.verifies(erpSecret, r)).isFalse();
            assertThat(r.id()).startsWith("msg_");
            assertThat(Long.parseLong(r.timestamp())).isBetween(now - 60, now + 1);
            assertThat(JSON.readTree(r.body())).isEqualTo(feedItem(pair.supplierToken(), r.cursor()));
        }
        for (WebhookReceiver.Received r : erpSide.received()) {
            assertThat(WebhookReceiver.verifies(erpSecret, r)).isTrue();
            assertThat(JSON.readTree(r.body())).isEqualTo(feedItem(pair.erpToken(), r.cursor()));
        }
        assertThat(supplierSide.received())
                .extracting(WebhookReceiver.Received::cursor)
                .isSorted();
        assertThat(supplierSide.received())
                .extracting(WebhookReceiver.Received::id)
                .doesNotHaveDuplicates();
        // the same event reaches each subscription under a webhook-id of its own
        assertThat(supplierSide.received())
                .extracting(WebhookReceiver.Received::id)
                .doesNotContainAnyElementsOf(erpSide.received().stream()
                        .map(WebhookReceiver.Received::id)
                        .toList());

        // after a rotation both secrets sign, until the grace period ends
        String supplierSubId = supplierSub.path("subscription.id");
        String rotated = as(pair.supplierToken())
                .post(PATH + "/{id}/rotate-secret", supplierSubId)
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        Fixtures.confirmedReceivable(pair, "1000.00");
        deliverUntil(supplierSubId, () -> supplierSide.accepted().size() == 4);
        WebhookReceiver.Received afterRotation = supplierSide.received().get(3);
        assertThat(afterRotation.signature().split(" ")).hasSize(2);
        assertThat(WebhookReceiver.verifies(rotated, afterRotation)).isTrue();
        assertThat(WebhookReceiver.verifies(supplierSecret, afterRotation)).isTrue();
    }

    @Test
    void aFailingReceiverIsRetriedWithTheSameIdAndTheOrderIsKept() throws Exception {
        Pair pair = Fixtures.pair();
        AtomicInteger calls = new AtomicInteger();
        WebhookReceiver flaky = receiver(new WebhookReceiver(
                r -> calls.getAndIncrement() < 3 ? new WebhookReceiver.Answer(503, 0) : WebhookReceiver.Answer.ok()));
        String id = subscribe(pair.supplierToken(), flaky, CONFIRMED).path("subscription.id");
        for (int i = 0; i < 3; i++) {
            Fixtures.confirmedReceivable(pair, "1000.00");
        }
        deliverUntil(id, () -> flaky.accepted().size() == 3);

        List<WebhookReceiver.Received> all = flaky.received();
        assertThat(all).hasSize(6);
        // the first event is tried until it succeeds, with one webhook-id; the later ones wait behind it
        assertThat(all.subList(0, 4))
                .extracting(WebhookReceiver.Received::id)
                .containsOnly(all.get(0).id());
        assertThat(all).extracting(WebhookReceiver.Received::answered).containsExactly(503, 503, 503, 200, 200, 200);
        assertThat(flaky.accepted())
                .extracting(WebhookReceiver.Received::cursor)
                .isSorted();

        List<Map<String, Object>> deliveries = as(pair.supplierToken())
                .get(PATH + "/{id}/deliveries", id)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .extract()
                .path("items");
        Map<String, Object> first = deliveries.get(2); // newest first
        assertThat(first)
                .containsEntry("status", "DELIVERED")
                .containsEntry("webhookId", all.get(0).id());
        assertThat((List<Map<String, Object>>) first.get("attempts"))
                .extracting(a -> a.get("httpStatus"))
                .containsExactly(503, 503, 503, 200);
        assertThat((List<Map<String, Object>>) first.get("attempts"))
                .extracting(a -> a.get("error"))
                .containsExactly(
                        "the receiver answered 503", "the receiver answered 503", "the receiver answered 503", null);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() throws Exception {
        Pair pair = Fixtures.pair();
        AtomicInteger calls = new AtomicInteger();
        // the test profile's request timeout is 1 s
        WebhookReceiver slow = receiver(new WebhookReceiver(r ->
                calls.getAndIncrement() == 0 ? new WebhookReceiver.Answer(200, 2500) : WebhookReceiver.Answer.ok()));
        String id = subscribe(pair.supplierToken(), slow, CONFIRMED).path("subscription.id");
        Fixtures.confirmedReceivable(pair, "1000.00");
        deliverUntil(
                id,
                () -> calls.get() >= 2
                        && !slow.accepted().isEmpty()
                        && slow.received().size() >= 2);

        Map<String, Object> delivery = as(pair.supplierToken())
                .get(PATH + "/{id}/deliveries", id)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0]");
        assertThat(delivery).containsEntry("status", "DELIVERED");
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) delivery.get("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("httpStatus")).isNull();
        assertThat((String) attempts.get(0).get("error")).startsWith("no answer within");
        assertThat(attempts.get(1).get("httpStatus")).isEqualTo(200);
    }

    @Test
    void aDeliveryFailingForTheWholeWindowIsDeadLetteredAndCanBeReplayedUnderItsId() throws Exception {
        Pair pair = Fixtures.pair();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        AtomicBoolean refuseFirst = new AtomicBoolean(true);
        WebhookReceiver picky = receiver(new WebhookReceiver(r -> {
            if (refuseFirst.get() && (refused.isEmpty() || refused.contains(r.id()))) {
                refused.add(r.id());
                return new WebhookReceiver.Answer(500, 0);
            }
            return WebhookReceiver.Answer.ok();
        }));
        String id = subscribe(pair.supplierToken(), picky, CONFIRMED).path("subscription.id");
        Fixtures.confirmedReceivable(pair, "1000.00");
        Fixtures.confirmedReceivable(pair, "2000.00");
        deliverUntil(id, () -> picky.received().size() == 1);
        assertThat(picky.accepted()).isEmpty();

        // a day later, the next failure ends the retry window: the event is dead-lettered and the next one goes
        TestClock.at(LocalDateTime.now(Times.BUSINESS_ZONE).plusHours(25));
        deliverUntil(id, () -> picky.accepted().size() == 1);
        List<Map<String, Object>> deliveries = as(pair.supplierToken())
                .get(PATH + "/{id}/deliveries", id)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(deliveries).extracting(d -> d.get("status")).containsExactly("DELIVERED", "DEAD");
        as(pair.supplierToken())
                .get(PATH + "/{id}/deliveries?status=DEAD", id)
                .then()
                .body("total", equalTo(1));
        String deadId = (String) deliveries.get(1).get("id");
        String deadWebhookId = (String) deliveries.get(1).get("webhookId");
        assertThat(picky.received().get(0).id()).isEqualTo(deadWebhookId);

        refuseFirst.set(false);
        as(pair.supplierToken())
                .post(PATH + "/{id}/deliveries/{d}/replay", id, deadId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        deliverUntil(id, () -> picky.accepted().size() == 2);
        assertThat(picky.accepted().get(1).id()).isEqualTo(deadWebhookId);

        // a range replays every delivery in it, in order, each under its own id
        String from = (String) deliveries.get(1).get("eventCursor");
        String to = (String) deliveries.get(0).get("eventCursor");
        as(pair.supplierToken())
                .body(Map.of("fromCursor", from, "toCursor", to))
                .post(PATH + "/{id}/deliveries/replay", id)
                .then()
                .statusCode(200)
                .body("replayed", equalTo(2));
        deliverUntil(id, () -> picky.accepted().size() == 4);
        assertThat(picky.accepted().subList(2, 4))
                .extracting(WebhookReceiver.Received::id)
                .containsExactly(deadWebhookId, (String) deliveries.get(0).get("webhookId"));
    }

    @Test
    void twoWorkersDeliverEachEventOncePerSubscriptionAndInOrder() throws Exception {
        Pair pair = Fixtures.pair();
        // each answer takes a little while, so that a second worker sending beside the first would be seen
        WebhookReceiver supplierSide = receiver(new WebhookReceiver(r -> new WebhookReceiver.Answer(200, 15)));
        WebhookReceiver erpSide = receiver(new WebhookReceiver(r -> new WebhookReceiver.Answer(200, 15)));
        subscribe(pair.supplierToken(), supplierSide, CONFIRMED);
        subscribe(pair.erpToken(), erpSide, CONFIRMED);
        int events = 40;
        for (int i = 0; i < events / 2; i++) {
            Fixtures.confirmedReceivable(pair, "1000.00");
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<Future<Integer>> passes = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            passes.add(workers.submit(() -> {
                int attempts = 0;
                while (!stop.get()) {
                    attempts += dispatcher.runOnce();
                }
                return attempts;
            }));
        }
        try {
            // more events commit while both workers run
            for (int i = 0; i < events / 2; i++) {
                Fixtures.confirmedReceivable(pair, "1000.00");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (supplierSide.received().size() < events || erpSide.received().size() < events) {
                assertThat(System.nanoTime()).as("delivered in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            Thread.sleep(500); // a duplicate would arrive now
        } finally {
            stop.set(true);
            workers.shutdown();
        }
        int attempts = 0;
        for (Future<Integer> pass : passes) {
            attempts += pass.get();
        }
        for (WebhookReceiver receiver : List.of(supplierSide, erpSide)) {
            assertThat(receiver.received()).hasSize(events);
            assertThat(receiver.received())
                    .extracting(WebhookReceiver.Received::id)
                    .doesNotHaveDuplicates();
            assertThat(receiver.received())
                    .extracting(WebhookReceiver.Received::cursor)
                    .isSorted()
                    .doesNotHaveDuplicates();
        }
        assertThat(attempts).isEqualTo(2 * events);
    }
}
