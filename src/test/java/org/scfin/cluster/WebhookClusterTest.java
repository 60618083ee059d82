package org.scfin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.cluster.Cluster.on;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.WebhookReceiver;

/**
 * With both instances running their delivery workers against the cluster, every event reaches each subscription once,
 * not once per instance, and in order: writers post receivables through both instances while both deliver to two
 * subscriptions (one made through each instance); each receiver sees every event once, in cursor order, and every node
 * records one delivery per event and subscription, delivered at its first attempt.
 */
@Tag(Cluster.TAG)
class WebhookClusterTest {

    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 15;

    @Test
    void bothInstancesDeliverEachEventOncePerSubscriptionInOrder() throws Exception {
        Pair pair = Fixtures.pair();
        // each answer takes a little while, so that a second instance sending beside the first would be seen
        try (WebhookReceiver supplierSide = new WebhookReceiver(r -> new WebhookReceiver.Answer(200, 10));
                WebhookReceiver erpSide = new WebhookReceiver(r -> new WebhookReceiver.Answer(200, 10))) {
            String supplierSubscription = subscribe(0, pair.supplierToken(), supplierSide);
            String erpSubscription = subscribe(1, pair.erpToken(), erpSide);
            try {
                List<Runnable> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int first = w;
                    writers.add(() -> {
                        for (int i = 0; i < WRITES_EACH; i++) {
                            Fixtures.confirmedReceivable(
                                    on(first + i, pair.erpToken()),
                                    pair,
                                    "100.00",
                                    Times.today().plusDays(90));
                        }
                    });
                }
                Cluster.writeWhileReading(
                        writers,
                        instance -> on(instance, pair.supplierToken())
                                .get("/api/v1/events?limit=1")
                                .then()
                                .statusCode(200));
                int events = WRITERS * WRITES_EACH;
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (supplierSide.received().size() < events
                        || erpSide.received().size() < events) {
                    assertThat(System.nanoTime()).as("delivered in time").isLessThan(deadline);
                    Thread.sleep(100);
                }
                Thread.sleep(2000); // a duplicate from the other instance would arrive now
                // a delivery is recorded after its receipt, and replicated to the other nodes after its commit
                Cluster.awaitOnEveryNode(
                        30,
                        delivered -> delivered.equals(Integer.toString(2 * events)),
                        "select count(*) from webhook_delivery where subscription_id in (?, ?) and status = 'DELIVERED'",
                        supplierSubscription,
                        erpSubscription);
                List<List<List<String>>> deliveries = Cluster.rowsOnEveryNode(
                        "select count(*), sum(status = 'DELIVERED'), sum(attempts), count(distinct event_id)"
                                + " from webhook_delivery where subscription_id in (?, ?)",
                        supplierSubscription,
                        erpSubscription);
                ClusterReport.row(
                        WRITERS + " writers x " + WRITES_EACH
                                + " receivables through both instances, both delivering to two subscriptions",
                        "received [supplier, ERP]: [" + supplierSide.received().size() + ", "
                                + erpSide.received().size() + "] of " + events + " each, repeated webhook-ids ["
                                + repeats(supplierSide) + ", " + repeats(erpSide) + "], in cursor order ["
                                + inOrder(supplierSide) + ", " + inOrder(erpSide)
                                + "]; per node [deliveries, delivered, attempts, events] " + deliveries);
                for (WebhookReceiver receiver : List.of(supplierSide, erpSide)) {
                    assertThat(receiver.received()).hasSize(events);
                    assertThat(repeats(receiver)).isZero();
                    assertThat(inOrder(receiver)).isTrue();
                }
                for (List<List<String>> node : deliveries) {
                    assertThat(node.get(0))
                            .containsExactly(
                                    Integer.toString(2 * events),
                                    Integer.toString(2 * events),
                                    Integer.toString(2 * events),
                                    Integer.toString(events));
                }
            } finally {
                on(0, pair.supplierToken()).delete("/api/v1/webhook-subscriptions/{id}", supplierSubscription);
                on(1, pair.erpToken()).delete("/api/v1/webhook-subscriptions/{id}", erpSubscription);
            }
        }
    }

    private static String subscribe(int instance, String token, WebhookReceiver receiver) {
        return on(instance, token)
                .body(Map.of("targetUrl", receiver.url(), "eventTypes", List.of("RECEIVABLES_CONFIRMED")))
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
    }

    private static long repeats(WebhookReceiver receiver) {
        List<WebhookReceiver.Received> all = receiver.received();
        return all.size()
                - all.stream().map(WebhookReceiver.Received::id).distinct().count();
    }

    private static boolean inOrder(WebhookReceiver receiver) {
        List<Long> cursors = receiver.received().stream()
                .map(WebhookReceiver.Received::cursor)
                .toList();
        return cursors.equals(cursors.stream().sorted().distinct().toList());
    }
}
