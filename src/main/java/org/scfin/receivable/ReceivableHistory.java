package org.scfin.receivable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.scfin.common.Ids;
import org.scfin.common.Times;

/**
 * A change to a receivable after it was posted. Its posting is not stored again here: the receivable row itself says
 * when, by whom and for how much, and the history view starts from it.
 */
@Entity
@Table(name = "receivable_history")
public class ReceivableHistory extends PanacheEntityBase {

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Column(name = "receivable_id", columnDefinition = "char(13)")
    public String receivableId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    public ReceivableAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    public ReceivableStatus statusAfter;

    @Column(name = "amount_before", precision = 19, scale = 2)
    public BigDecimal amountBefore;

    @Column(name = "amount_after", precision = 19, scale = 2)
    public BigDecimal amountAfter;

    @Column(name = "reference")
    public String reference;

    @Column(name = "reason")
    public String reason;

    @Column(name = "actor")
    public String actor;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    static ReceivableHistory record(
            Receivable receivable,
            ReceivableAction action,
            BigDecimal amountBefore,
            String reference,
            String reason,
            String actor) {
        ReceivableHistory entry = new ReceivableHistory();
        entry.id = Ids.newId();
        entry.receivableId = receivable.id;
        entry.action = action;
        entry.statusAfter = receivable.status;
        entry.amountBefore = amountBefore;
        entry.amountAfter = receivable.amount;
        entry.reference = reference;
        entry.reason = reason;
        entry.actor = actor;
        entry.occurredAt = Times.now();
        entry.persist();
        return entry;
    }
}
