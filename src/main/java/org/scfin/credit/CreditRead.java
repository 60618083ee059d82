package org.scfin.credit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One bank read of a profile, written in the read's own transaction: who read which enterprise, when, for what, and
 * what it got. Kept with the enterprise's region and the business date, which the statistics count by.
 */
@Entity
@Table(name = "credit_read")
public class CreditRead extends PanacheEntityBase {

    @Id
    @Column(name = "id", columnDefinition = "char(13)")
    public String id;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "credit_code", columnDefinition = "char(18)")
    public String creditCode;

    /** Null when the enterprise is not a supplier on the platform. */
    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "region_code", columnDefinition = "char(6)")
    public String regionCode;

    @Column(name = "consent_id", columnDefinition = "char(13)")
    public String consentId;

    @Column(name = "purpose")
    public String purpose;

    @Column(name = "non_public")
    public boolean nonPublic;

    /** The kinds of fact returned, comma-separated in {@link FactKind} order. */
    @Column(name = "kinds")
    public String kinds;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "read_date")
    public LocalDate readDate;
}
