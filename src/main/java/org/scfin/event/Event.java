package org.scfin.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event of the outbox. {@code seq} is null until the sequencer numbers it after its transaction committed. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Column(name = "seq")
    public Long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public EventType type;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id", columnDefinition = "char(13)")
    public String subjectId;

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    /** JSON: what the parties read. */
    @Column(name = "payload")
    public String payload;

    /**
     * JSON: what the core enterprise reads instead of {@link #payload}, where the two differ (null where they do not).
     */
    @Column(name = "debtor_payload")
    public String debtorPayload;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
