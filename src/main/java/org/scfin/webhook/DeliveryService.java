package org.scfin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scfin.common.Jdbc;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.SqlValues;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.security.Caller;

/** A subscriber's deliveries, their attempts, and replays, which send a delivery again under its own webhook-id. */
@ApplicationScoped
@RetriedOnConflict
public class DeliveryService {

    private static final String COLUMNS = "d.id, d.event_seq, e.event_type, d.status, d.next_attempt_at, d.finished_at,"
            + " d.created_at from webhook_delivery d join event e on e.id = d.event_id";

    @Inject
    EntityManager em;

    @Inject
    WebhookSubscriptionService subscriptions;

    /** Newest event first. */
    @Transactional
    public PageView<DeliveryView> list(Caller caller, String subscriptionId, DeliveryStatus status, PageRequest page) {
        subscriptions.owned(caller, subscriptionId);
        String filter = status == null ? "" : " and d.status = '" + status.name() + "'";
        List<Object[]> rows = Jdbc.query(
                em,
                "select " + COLUMNS + " where d.subscription_id = ?" + filter
                        + " order by d.event_seq desc limit ? offset ?",
                subscriptionId,
                page.size(),
                page.page() * page.size());
        long total = rows.size() < page.size() && page.page() == 0
                ? rows.size()
                : ((Number) Jdbc.query(
                                        em,
                                        "select count(*) from webhook_delivery d where d.subscription_id = ?" + filter,
                                        subscriptionId)
                                .get(0)[0])
                        .longValue();
        return new PageView<>(views(rows), page.page(), page.size(), total);
    }

    @Transactional
    public DeliveryView get(Caller caller, String subscriptionId, String deliveryId) {
        subscriptions.owned(caller, subscriptionId);
        return one(subscriptionId, deliveryId);
    }

    /** Queues a delivered or dead-lettered delivery again; a pending one is already queued and stays as it is. */
    @Transactional
    public DeliveryView replay(Caller caller, String subscriptionId, String deliveryId) {
        subscriptions.owned(caller, subscriptionId);
        one(subscriptionId, deliveryId);
        Jdbc.update(em, requeue("id = ?"), Times.now(), subscriptionId, deliveryId);
        return one(subscriptionId, deliveryId);
    }

    /** Queues again the delivered and dead-lettered deliveries of the events in the cursor range. */
    @Transactional
    public ReplayCount replay(Caller caller, String subscriptionId, ReplayRange range) {
        Violations violations = new Violations();
        Long from = cursor(range.fromCursor(), "fromCursor", violations);
        Long to = cursor(range.toCursor(), "toCursor", violations);
        if (from != null && to != null && from > to) {
            violations.add("toCursor", "range", "must not be before fromCursor");
        }
        violations.throwIfAny();
        subscriptions.owned(caller, subscriptionId);
        return new ReplayCount(
                Jdbc.update(em, requeue("event_seq between ? and ?"), Times.now(), subscriptionId, from, to));
    }

    /** A replay starts a new retry window; the attempts so far stay in the history. */
    private static String requeue(String which) {
        return "update webhook_delivery set status = 'PENDING', first_attempt_at = null, next_attempt_at = ?,"
                + " finished_at = null where subscription_id = ? and status <> 'PENDING' and " + which;
    }

    private static Long cursor(String value, String field, Violations violations) {
        if (value == null) {
            violations.add(field, "required", "must be given");
            return null;
        }
        try {
            long cursor = Long.parseLong(value);
            if (cursor >= 1 && value.equals(Long.toString(cursor))) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        violations.add(field, "cursor", "must be an event cursor (a positive whole number as the feed writes it)");
        return null;
    }

    private DeliveryView one(String subscriptionId, String deliveryId) {
        List<Object[]> rows = Jdbc.query(
                em, "select " + COLUMNS + " where d.subscription_id = ? and d.id = ?", subscriptionId, deliveryId);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("webhook delivery", deliveryId);
        }
        return views(rows).get(0);
    }

    private List<DeliveryView> views(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, List<AttemptView>> attempts = new HashMap<>();
        String marks = Jdbc.marks(ids.size());
        for (Object[] a : Jdbc.query(
                em,
                "select delivery_id, attempted_at, duration_ms, http_status, error from webhook_attempt"
                        + " where delivery_id in (" + marks + ") order by attempted_at, id",
                ids.toArray())) {
            attempts.computeIfAbsent((String) a[0], k -> new ArrayList<>())
                    .add(new AttemptView(
                            SqlValues.instant(a[1]), ((Number) a[2]).intValue(), (Integer) a[3], (String) a[4]));
        }
        return rows.stream()
                .map(r -> new DeliveryView(
                        (String) r[0],
                        StandardWebhooks.ID_PREFIX + r[0],
                        r[1].toString(),
                        (String) r[2],
                        DeliveryStatus.valueOf((String) r[3]),
                        DeliveryStatus.PENDING.name().equals(r[3]) ? SqlValues.instant(r[4]) : null,
                        SqlValues.instant(r[5]),
                        SqlValues.instant(r[6]),
                        attempts.getOrDefault((String) r[0], List.of())))
                .toList();
    }
}
