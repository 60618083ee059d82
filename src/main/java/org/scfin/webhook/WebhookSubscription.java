package org.scfin.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.scfin.common.VersionedEntity;
import org.scfin.event.EventType;
import org.scfin.security.Role;

/** A party's request to be sent the events it may read, of the types it names, at its target URL. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role")
    public Role ownerRole;

    /** The core enterprise, supplier or bank it belongs to; null for an admin's. */
    @Column(name = "owner_id", columnDefinition = "char(13)")
    public String ownerId;

    @Column(name = "target_url")
    public String targetUrl;

    /** Comma-separated {@link EventType} names. */
    @Column(name = "event_types")
    public String eventTypes;

    @Column(name = "active")
    public boolean active;

    /** Sealed by {@link SecretSeal}. */
    @Column(name = "secret")
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    public List<EventType> types() {
        return Arrays.stream(eventTypes.split(",")).map(EventType::valueOf).toList();
    }

    public void types(List<EventType> types) {
        eventTypes = String.join(",", types.stream().map(Enum::name).toList());
    }

    /** Whether the secret before the last rotation still signs at {@code now}. */
    public boolean previousSecretValidAt(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil);
    }
}
