package org.scfin.iso20022;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice request of a tsin.001 message (its InvcReqInf) and how it was decided: the financing application it
 * created, or the ISO reason it was not financed. Undecided ({@code decidedAt} null) only between the request's arrival
 * and its own decision.
 */
@Entity
@Table(name = "iso_financing_invoice")
public class FinancingInvoice extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "invoice_number")
    public String invoiceNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "invoice_amount", precision = 19, scale = 2)
    public BigDecimal invoiceAmount;

    @Column(name = "requested_amount", precision = 19, scale = 2)
    public BigDecimal requestedAmount;

    @Column(name = "buyer_id", columnDefinition = "char(13)")
    public String buyerId;

    @Column(name = "receivable_id", columnDefinition = "char(13)")
    public String receivableId;

    @Column(name = "financing_id", columnDefinition = "char(13)")
    public String financingId;

    @Column(name = "reason_code", columnDefinition = "char(4)")
    public String reasonCode;

    @Column(name = "reason_text")
    public String reasonText;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Embeddable
    public record Key(
            @Column(name = "request_id", columnDefinition = "char(13)")
            String requestId,

            @Column(name = "position") int position)
            implements Serializable {}

    static List<FinancingInvoice> of(String requestId) {
        return find("key.requestId = ?1 order by key.position", requestId).list();
    }

    static FinancingInvoice at(String requestId, int position) {
        return findById(new Key(requestId, position));
    }

    void refuse(FinancingReason reason, String text, Instant at) {
        reasonCode = reason.code();
        reasonText = FinancingReason.fit(text);
        decidedAt = at;
    }

    void applied(String receivable, String financing, Instant at) {
        receivableId = receivable;
        financingId = financing;
        decidedAt = at;
    }
}
