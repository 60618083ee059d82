package org.scfin.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An invoice a registration covers now, in its canonical form (upper case), as receivables store it. */
@Entity
@Table(name = "registration_invoice")
public class RegistrationInvoice extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    static RegistrationInvoice of(String registrationId, String invoiceNumber) {
        RegistrationInvoice invoice = new RegistrationInvoice();
        invoice.key = new Key(registrationId, invoiceNumber);
        return invoice;
    }

    @Embeddable
    public record Key(
            @Column(name = "registration_id", columnDefinition = "char(13)")
            String registrationId,

            @Column(name = "invoice_number") String invoiceNumber)
            implements Serializable {}
}
