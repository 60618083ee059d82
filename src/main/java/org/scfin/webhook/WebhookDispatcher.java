package org.scfin.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.scfin.common.DatabaseOutage;
import org.scfin.common.Jdbc;
import org.scfin.common.Times;
import org.scfin.event.EventSequencer;

/**
 * Runs the delivery worker in the background, off the request threads: every poll interval (100 ms by default) it
 * numbers the events committed since the last look and hands each subscription with due work to a sender thread. The
 * quick poll is what keeps the time from commit to receipt short; the sequencer's own schedule runs once a second.
 * Several instances poll alike, with no leader: the claim on each subscription's dispatch row decides which one
 * delivers it.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    EventSequencer sequencer;

    @Inject
    DeliveryWorker worker;

    @Inject
    WebhookConfig config;

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService poller;
    private ExecutorService senders;

    void onStart(@Observes StartupEvent start) {
        if (!config.dispatch()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "webhook-poller"));
        senders = Executors.newFixedThreadPool(config.senders(), r -> daemon(r, "webhook-sender"));
        long every = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (poller != null) {
            poller.shutdownNow();
            senders.shutdownNow();
        }
    }

    private void poll() {
        if (DatabaseOutage.ongoing()) {
            return;
        }
        try {
            for (String id : dueSubscriptions()) {
                if (inFlight.add(id)) {
                    senders.execute(() -> {
                        try {
                            worker.deliver(id);
                        } catch (RuntimeException e) {
                            LOG.warnf(e, "webhook deliveries of subscription %s failed; they are tried again", id);
                        } finally {
                            inFlight.remove(id);
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "the webhook poll failed; the next one tries again");
        }
    }

    /** One pass in the calling thread: what the background poll does, for tests. Returns the attempts made. */
    public int runOnce() {
        int attempts = 0;
        for (String id : dueSubscriptions()) {
            attempts += worker.deliver(id);
        }
        return attempts;
    }

    /**
     * Active subscriptions that nobody holds and that have events numbered past their cursor or a pending delivery due.
     * Events committed meanwhile are numbered first.
     */
    List<String> dueSubscriptions() {
        sequencer.sequencePending();
        return QuarkusTransaction.requiringNew()
                .call(() -> Jdbc.query(
                                em,
                                "select d.subscription_id from webhook_dispatch d join webhook_subscription s"
                                        + " on s.id = d.subscription_id where s.active"
                                        + " and (d.lease_until is null or d.lease_until < ?)"
                                        + " and (d.last_seq < (select last_seq from event_sequence where name = 'event')"
                                        + " or exists (select 1 from webhook_delivery x where x.subscription_id = d.subscription_id"
                                        + " and x.status = 'PENDING' and x.next_attempt_at <= ?))",
                                Times.now(),
                                Times.now())
                        .stream()
                        .map(r -> (String) r[0])
                        .toList());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
