package org.scfin.iso20022;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.scfin.common.VersionedEntity;

/**
 * A tsin.001 InvoiceFinancingRequest received from a supplier: its group header, and the outcome of the last
 * cancellation request for it. Its message id is unique per requester, so the same message is never taken twice.
 */
@Entity
@Table(name = "iso_financing_request")
public class InvoiceFinancingRequest extends VersionedEntity {

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "message_created_at")
    public Instant messageCreatedAt;

    @Column(name = "invoice_count")
    public int invoiceCount;

    @Column(name = "total_amount", precision = 19, scale = 2)
    public BigDecimal totalAmount;

    @Column(name = "currency", columnDefinition = "char(3)")
    public String currency;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "cancellation_id")
    public String cancellationId;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_status", columnDefinition = "char(4)")
    public String cancellationStatus;
}
