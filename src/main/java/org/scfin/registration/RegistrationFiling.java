package org.scfin.registration;

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

/** One filing at the registry, as the bank recorded it: written once, never changed. */
@Entity
@Table(name = "registration_filing")
public class RegistrationFiling extends PanacheEntityBase {

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Column(name = "registration_id", columnDefinition = "char(13)")
    public String registrationId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public RegistrationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "registry")
    public Registry registry;

    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    /** On an initial registration or an extension; null otherwise. */
    @Column(name = "term_years")
    public Integer termYears;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "amount", precision = 19, scale = 2)
    public BigDecimal amount;

    /** The invoices covered after this filing, separated by spaces (an invoice number holds none). */
    @Column(name = "invoice_numbers")
    public String invoiceNumbers;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
