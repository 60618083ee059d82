package org.scfin.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.scfin.common.ConflictRetry;
import org.scfin.common.Ids;
import org.scfin.common.Jdbc;
import org.scfin.common.SqlValues;
import org.scfin.common.Times;
import org.scfin.common.Where;
import org.scfin.event.Event;
import org.scfin.event.EventView;
import org.scfin.security.Caller;

/**
 * Delivers one subscription's due events, oldest first, under a claim of its {@code webhook_dispatch} row. Every
 * transaction of the worker writes that row and checks that the claim is still its own, so two workers never deliver
 * the same subscription at once: on one node the row lock orders them and the second finds the claim taken; on two
 * Galera nodes the two writes collide at certification, one is rolled back and retried ({@link ConflictRetry}) and then
 * finds the claim taken. The HTTP call itself runs outside any transaction, covered by the claim's lease; a worker that
 * dies leaves the lease to expire, and the delivery is sent again (at least once).
 */
@ApplicationScoped
public class DeliveryWorker {

    /** Deliveries queued ahead of the head, per subscription. */
    static final int QUEUE_AHEAD = 100;

    /** Attempts per claim, so that one busy subscription does not keep a sender thread forever. */
    static final int ATTEMPTS_PER_CLAIM = 1000;

    /** Deliveries sent in a row before their outcomes are recorded. */
    static final int BATCH = 50;

    /** Beyond the request timeout, how long a claim outlives its holder's last sign of life. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    SecretSeal seal;

    @Inject
    WebhookSender sender;

    @Inject
    ObjectMapper json;

    /** Delivers what is due if this call wins the subscription's claim; returns the attempts it made. */
    public int deliver(String subscriptionId) {
        String claim = Ids.newId();
        if (!inTransaction(() -> claim(subscriptionId, claim))) {
            return 0;
        }
        int attempts = 0;
        try {
            while (attempts < ATTEMPTS_PER_CLAIM) {
                List<Delivery> due = inTransaction(() -> next(subscriptionId, claim));
                if (due.isEmpty()) {
                    break;
                }
                List<Outcome> outcomes = send(due);
                attempts += outcomes.size();
                if (!inTransaction(() -> record(subscriptionId, claim, due, outcomes))) {
                    break;
                }
            }
        } finally {
            inTransaction(() -> Jdbc.update(
                    em,
                    "update webhook_dispatch set lease_owner = null, lease_until = null"
                            + " where subscription_id = ? and lease_owner = ?",
                    subscriptionId,
                    claim));
        }
        return attempts;
    }

    /**
     * Sends the deliveries one after the other, in order, until one fails (the later ones wait for its retry) or the
     * time of one request timeout has gone by, so that the claim's lease outlasts the batch. Their outcomes are
     * recorded together afterwards: one transaction for many events keeps the database's share of each delivery small;
     * a worker that dies before it records them leaves them to be sent again (at least once).
     */
    private List<Outcome> send(List<Delivery> due) {
        long until = System.nanoTime() + config.requestTimeout().toNanos();
        List<Outcome> outcomes = new ArrayList<>();
        for (Delivery delivery : due) {
            Outcome outcome = sender.send(delivery);
            outcomes.add(outcome);
            if (!outcome.succeeded() || System.nanoTime() > until) {
                break;
            }
        }
        return outcomes;
    }

    private boolean claim(String subscriptionId, String claim) {
        Instant now = Times.now();
        return Jdbc.update(
                        em,
                        "update webhook_dispatch set lease_owner = ?, lease_until = ? where subscription_id = ?"
                                + " and (lease_until is null or lease_until < ?)",
                        claim,
                        leaseEnd(now),
                        subscriptionId,
                        now)
                == 1;
    }

    /** Extends the claim; false when it is no longer this worker's (its lease ran out and another took it). */
    private boolean stillHeld(String subscriptionId, String claim) {
        return Jdbc.update(
                        em,
                        "update webhook_dispatch set lease_until = ? where subscription_id = ? and lease_owner = ?",
                        leaseEnd(Times.now()),
                        subscriptionId,
                        claim)
                == 1;
    }

    private Instant leaseEnd(Instant now) {
        return now.plus(config.requestTimeout()).plus(LEASE_MARGIN);
    }

    /**
     * The pending deliveries in event order, from the oldest while they are due (queuing newly committed events first);
     * empty when the oldest waits for its retry, or there is none.
     */
    private List<Delivery> next(String subscriptionId, String claim) {
        if (!stillHeld(subscriptionId, claim)) {
            return List.of();
        }
        WebhookSubscription s = WebhookSubscription.findById(subscriptionId);
        if (s == null || !s.active) {
            return List.of();
        }
        Instant now = Times.now();
        if (pendingAtMost(subscriptionId, QUEUE_AHEAD / 2)) {
            queueCommittedEvents(s, now);
        }
        List<Object[]> pending = Jdbc.query(
                em,
                "select id, event_id, attempts, first_attempt_at, next_attempt_at from webhook_delivery"
                        + " where subscription_id = ? and status = 'PENDING' order by event_seq limit ?",
                subscriptionId,
                BATCH);
        List<Object[]> due = new ArrayList<>();
        for (Object[] row : pending) {
            if (SqlValues.instant(row[4]).isAfter(now)) {
                break; // it waits for its retry, and every later event behind it
            }
            due.add(row);
        }
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, Event> events = Event.<Event>list(
                        "id in ?1", due.stream().map(r -> r[1]).toList())
                .stream()
                .collect(Collectors.toMap(e -> e.id, e -> e));
        List<String> secrets = new ArrayList<>();
        secrets.add(seal.open(s.secret));
        if (s.previousSecretValidAt(now)) {
            secrets.add(seal.open(s.previousSecret));
        }
        return due.stream()
                .map(row -> new Delivery(
                        (String) row[0],
                        s.targetUrl,
                        body(EventView.of(events.get((String) row[1]), s.ownerRole)),
                        secrets,
                        ((Number) row[2]).intValue(),
                        SqlValues.instant(row[3])))
                .toList();
    }

    private boolean pendingAtMost(String subscriptionId, int n) {
        return Jdbc.query(
                                em,
                                "select 1 from webhook_delivery where subscription_id = ? and status = 'PENDING' limit ?",
                                subscriptionId,
                                n + 1)
                        .size()
                <= n;
    }

    /**
     * Queues a delivery for each event numbered since the subscription's cursor that its owner may read (what the
     * owner's feed shows) and that is of a type it names, and moves the cursor past them.
     */
    private void queueCommittedEvents(WebhookSubscription s, Instant now) {
        long numbered = ((Number) Jdbc.query(em, "select last_seq from event_sequence where name = 'event'")
                        .get(0)[0])
                .longValue();
        long cursor = ((Number) Jdbc.query(em, "select last_seq from webhook_dispatch where subscription_id = ?", s.id)
                        .get(0)[0])
                .longValue();
        if (cursor >= numbered) {
            return;
        }
        // what the owner's feed shows: the same rule picks the rows
        Where where = new Caller(s.ownerRole, s.ownerId, null)
                .ownPartyRows(
                        new Where()
                                .and("seq > :after", "after", cursor)
                                .and("seq <= :numbered", "numbered", numbered)
                                .and("type in :types", "types", s.types()),
                        "events");
        List<Event> events = Event.<Event>find(where.query() + " order by seq", where.params())
                .page(0, QUEUE_AHEAD)
                .list();
        List<Object[]> rows = new ArrayList<>();
        for (Event e : events) {
            rows.add(new Object[] {Ids.newId(), s.id, e.id, e.seq, now, now});
        }
        Jdbc.batch(
                em,
                "insert into webhook_delivery (id, subscription_id, event_id, event_seq, status, attempts,"
                        + " next_attempt_at, created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                rows);
        long reached = events.size() < QUEUE_AHEAD ? numbered : events.get(events.size() - 1).seq;
        Jdbc.update(em, "update webhook_dispatch set last_seq = ? where subscription_id = ?", reached, s.id);
    }

    /** Records the attempts; false when the claim was lost meanwhile (the new holder sends them again). */
    private boolean record(String subscriptionId, String claim, List<Delivery> sent, List<Outcome> outcomes) {
        if (!stillHeld(subscriptionId, claim)) {
            return false;
        }
        Instant now = Times.now();
        List<Object[]> attempts = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            attempts.add(new Object[] {
                Ids.newId(),
                sent.get(i).id(),
                outcome.attemptedAt(),
                outcome.durationMs(),
                outcome.httpStatus(),
                outcome.error()
            });
        }
        Jdbc.batch(
                em,
                "insert into webhook_attempt (id, delivery_id, attempted_at, duration_ms, http_status, error)"
                        + " values (?, ?, ?, ?, ?, ?)",
                attempts);
        List<Object[]> finished = new ArrayList<>();
        List<Object[]> retried = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Delivery delivery = sent.get(i);
            Outcome outcome = outcomes.get(i);
            Instant first = delivery.firstAttemptAt() == null ? outcome.attemptedAt() : delivery.firstAttemptAt();
            int attemptsNow = delivery.attemptsSoFar() + 1;
            if (outcome.succeeded()) {
                finished.add(new Object[] {DeliveryStatus.DELIVERED.name(), attemptsNow, first, now, delivery.id()});
            } else if (!now.isBefore(first.plus(config.retryWindow()))) {
                finished.add(new Object[] {DeliveryStatus.DEAD.name(), attemptsNow, first, now, delivery.id()});
            } else {
                retried.add(new Object[] {attemptsNow, first, now.plus(backoff(attemptsNow)), delivery.id()});
            }
        }
        // one batch per kind of outcome: a round trip per delivery would cost more than the sending itself
        Jdbc.batch(
                em,
                "update webhook_delivery set status = ?, attempts = ?, first_attempt_at = ?, finished_at = ?"
                        + " where id = ? and status = 'PENDING'",
                finished);
        Jdbc.batch(
                em,
                "update webhook_delivery set attempts = ?, first_attempt_at = ?, next_attempt_at = ?"
                        + " where id = ? and status = 'PENDING'",
                retried);
        return true;
    }

    /**
     * The wait after the {@code failures}-th failure: the initial backoff doubled for each failure before it, capped,
     * and then drawn at random from its upper half, so that the deliveries of receivers that failed together do not
     * come back together.
     */
    Duration backoff(int failures) {
        long initial = config.initialBackoff().toMillis();
        long capped = Math.min(config.maxBackoff().toMillis(), initial << Math.min(failures - 1, 30));
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(Math.max(1, jittered));
    }

    private String body(EventView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an event", e);
        }
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return ConflictRetry.run(
                "webhook delivery",
                ConflictRetry.READ_ATTEMPTS,
                () -> QuarkusTransaction.requiringNew().call(work::get));
    }
}
