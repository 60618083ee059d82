package org.scfin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scfin.common.Jdbc;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.event.EventSequencer;
import org.scfin.event.EventType;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/** Each party's subscriptions: an admin manages all of them, every other party only its own. */
@ApplicationScoped
@RetriedOnConflict
public class WebhookSubscriptionService {

    public static final List<String> SORTABLE = List.of("createdAt", "targetUrl");
    private static final Role[] SUBSCRIBERS = {Role.ADMIN, Role.ERP, Role.SUPPLIER, Role.BANK};

    @Inject
    EntityManager em;

    @Inject
    WebhookTargets targets;

    @Inject
    SecretSeal seal;

    @Inject
    WebhookConfig config;

    @Inject
    EventSequencer sequencer;

    /** Joins the caller's transaction (the Idempotency-Key's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreatedSubscription create(Caller caller, SubscriptionInput input) {
        caller.require(SUBSCRIBERS);
        Violations violations = new Violations();
        targets.check(input.targetUrl(), "targetUrl", violations);
        List<EventType> types = eventTypes(input.eventTypes(), violations);
        violations.throwIfAny();
        String secret = StandardWebhooks.newSecret();
        WebhookSubscription s = new WebhookSubscription();
        s.ownerRole = caller.role();
        s.ownerId = caller.partyId();
        s.targetUrl = input.targetUrl();
        s.types(types);
        s.active = input.active() == null || input.active();
        s.secret = seal.seal(secret);
        s.persist();
        em.flush();
        // deliveries start with the events committed from now on: those numbered so far are the past
        Jdbc.update(
                em,
                "insert into webhook_dispatch (subscription_id, last_seq)"
                        + " select ?, last_seq from event_sequence where name = 'event'",
                s.id);
        return new CreatedSubscription(SubscriptionView.of(s, Times.now()), secret);
    }

    /** Numbers what committed before a subscription is made, so that it starts after those events. */
    public void sequenceCommittedEvents() {
        sequencer.sequencePending();
    }

    @Transactional
    public SubscriptionView get(Caller caller, String id) {
        return SubscriptionView.of(owned(caller, id), Times.now());
    }

    @Transactional
    public PageView<SubscriptionView> list(Caller caller, PageRequest page) {
        Where where = visibleTo(caller, new Where());
        Instant now = Times.now();
        return page.fetch(
                WebhookSubscription.<WebhookSubscription>find(where.query(), page.sort(), where.params()),
                s -> SubscriptionView.of(s, now));
    }

    @Transactional
    public SubscriptionView change(Caller caller, String id, SubscriptionChanges changes) {
        caller.require(SUBSCRIBERS);
        Violations violations = new Violations();
        if (changes.targetUrl() != null) {
            targets.check(changes.targetUrl(), "targetUrl", violations);
        }
        List<EventType> types = changes.eventTypes() == null ? null : eventTypes(changes.eventTypes(), violations);
        violations.throwIfAny();
        WebhookSubscription s = owned(caller, id);
        if (changes.targetUrl() != null) {
            s.targetUrl = changes.targetUrl();
        }
        if (types != null) {
            s.types(types);
        }
        if (changes.active() != null) {
            s.active = changes.active();
        }
        em.flush();
        return SubscriptionView.of(s, Times.now());
    }

    @Transactional
    public void delete(Caller caller, String id) {
        caller.require(SUBSCRIBERS);
        owned(caller, id).delete();
    }

    /** Joins the caller's transaction (the Idempotency-Key's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public RotatedSecret rotateSecret(Caller caller, String id) {
        caller.require(SUBSCRIBERS);
        WebhookSubscription s = owned(caller, id);
        String secret = StandardWebhooks.newSecret();
        Instant until = Times.now().plus(config.rotationGrace());
        s.previousSecret = s.secret;
        s.previousSecretUntil = until;
        s.secret = seal.seal(secret);
        em.flush();
        return new RotatedSecret(secret, until);
    }

    /** The caller's subscription, or 404: another party's is as unknown as one that never existed. */
    WebhookSubscription owned(Caller caller, String id) {
        caller.require(SUBSCRIBERS);
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !(caller.isAdmin() || caller.actsFor(s.ownerRole, s.ownerId))) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        return s;
    }

    private static Where visibleTo(Caller caller, Where where) {
        caller.require(SUBSCRIBERS);
        return caller.isAdmin()
                ? where
                : where.and("ownerRole = :role", "role", caller.role()).and("ownerId = :own", "own", caller.partyId());
    }

    private static List<EventType> eventTypes(List<String> names, Violations violations) {
        if (names == null || names.isEmpty()) {
            violations.add("eventTypes", "required", "must name at least one event type");
            return List.of();
        }
        List<EventType> types = new ArrayList<>();
        Set<EventType> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String field = "eventTypes[" + i + "]";
            EventType type = typeNamed(names.get(i));
            if (type == null) {
                violations.add(field, "allowed-values", "must be one of " + List.of(EventType.values()));
            } else if (!seen.add(type)) {
                violations.add(field, "unique", "is named twice");
            } else {
                types.add(type);
            }
        }
        return types;
    }

    private static EventType typeNamed(String name) {
        for (EventType type : EventType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
