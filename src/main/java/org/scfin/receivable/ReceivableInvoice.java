package org.scfin.receivable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Optional;

/**
 * An invoice number's claim on a receivable. {@code liveClaim} is 1 while the receivable is live and null after it is
 * cancelled or rejected, so the unique key (core enterprise, supplier, invoice, liveClaim) lets an invoice back only
 * one live receivable, whatever the concurrency.
 */
@Entity
@Table(name = "receivable_invoice")
public class ReceivableInvoice extends PanacheEntityBase {

    public static final Integer LIVE = 1;

    @EmbeddedId
    public Key key;

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "live_claim", columnDefinition = "tinyint")
    public Integer liveClaim;

    /**
     * The live receivable this invoice number (compared in its canonical form) backs for a supplier and its debtor: how
     * a message that names invoices, not receivables, finds them.
     */
    public static Optional<String> liveReceivableId(String coreEnterpriseId, String supplierId, String invoiceNumber) {
        return ReceivableInvoice.<ReceivableInvoice>find(
                        "coreEnterpriseId = ?1 and supplierId = ?2 and key.invoiceNumber = ?3 and liveClaim = ?4",
                        coreEnterpriseId,
                        supplierId,
                        Invoices.canonical(invoiceNumber),
                        LIVE)
                .firstResultOptional()
                .map(invoice -> invoice.key.receivableId());
    }

    @Embeddable
    public record Key(
            @Column(name = "receivable_id", columnDefinition = "char(13)")
            String receivableId,

            @Column(name = "invoice_number") String invoiceNumber)
            implements Serializable {}
}
