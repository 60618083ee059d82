package org.scfin.financing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.scfin.common.Ids;
import org.scfin.common.Times;

/** One step in a financing's life. */
@Entity
@Table(name = "financing_history")
public class FinancingHistory extends PanacheEntityBase {

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Column(name = "financing_id", columnDefinition = "char(13)")
    public String financingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    public FinancingAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    public FinancingStatus statusAfter;

    @Column(name = "amount", precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "annual_rate", precision = 7, scale = 4)
    public BigDecimal annualRate;

    @Column(name = "reason_code")
    public String reasonCode;

    @Column(name = "note")
    public String note;

    @Column(name = "actor")
    public String actor;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    static FinancingHistory record(Financing f, FinancingAction action, String actor) {
        return record(f, action, actor, Times.now());
    }

    /** An entry of imported history, at the time it really happened. */
    static FinancingHistory record(Financing f, FinancingAction action, String actor, Instant at) {
        FinancingHistory entry = new FinancingHistory();
        entry.id = Ids.newId();
        entry.financingId = f.id;
        entry.action = action;
        entry.statusAfter = f.status;
        entry.actor = actor;
        entry.occurredAt = at;
        return entry;
    }

    FinancingHistory status(FinancingStatus value) {
        this.statusAfter = value;
        return this;
    }

    FinancingHistory amount(BigDecimal value) {
        this.amount = value;
        return this;
    }

    FinancingHistory on(LocalDate date) {
        this.effectiveDate = date;
        return this;
    }

    FinancingHistory rate(BigDecimal value) {
        this.annualRate = value;
        return this;
    }

    FinancingHistory reason(String code, String text) {
        this.reasonCode = code;
        this.note = text;
        return this;
    }

    void save() {
        persist();
    }
}
