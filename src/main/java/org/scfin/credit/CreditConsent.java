package org.scfin.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.scfin.common.VersionedEntity;

/** A supplier's authorisation for one bank to read its non-public credit facts, for a purpose and a period. */
@Entity
@Table(name = "credit_consent")
public class CreditConsent extends VersionedEntity {

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "purpose")
    public String purpose;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The last day it holds. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    ConsentStatus statusOn(LocalDate day) {
        if (revokedAt != null) {
            return ConsentStatus.REVOKED;
        }
        if (day.isBefore(validFrom)) {
            return ConsentStatus.PENDING;
        }
        return day.isAfter(validUntil) ? ConsentStatus.EXPIRED : ConsentStatus.LIVE;
    }
}
