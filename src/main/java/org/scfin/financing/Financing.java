package org.scfin.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.scfin.common.VersionedEntity;

/** A bank's advance against one or more confirmed receivables of one supplier. */
@Entity
@Table(name = "financing")
public class Financing extends VersionedEntity {

    @Column(name = "program_id", columnDefinition = "char(13)")
    public String programId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "supplier_region_code", columnDefinition = "char(6)")
    public String supplierRegionCode;

    /** As stored: never OVERDUE; see {@link #statusOn(LocalDate)}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public FinancingStatus status;

    @Column(name = "requested_amount", precision = 19, scale = 2)
    public BigDecimal requestedAmount;

    @Column(name = "face_value", precision = 19, scale = 2)
    public BigDecimal faceValue;

    @Column(name = "maturity_date")
    public LocalDate maturityDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_count")
    public DayCount dayCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest_mode")
    public InterestMode interestMode;

    @Column(name = "advance_ratio", precision = 5, scale = 2)
    public BigDecimal advanceRatio;

    @Column(name = "annual_rate", precision = 7, scale = 4)
    public BigDecimal annualRate;

    @Column(name = "value_date")
    public LocalDate valueDate;

    @Column(name = "principal", precision = 19, scale = 2)
    public BigDecimal principal;

    @Column(name = "interest", precision = 19, scale = 2)
    public BigDecimal interest;

    @Column(name = "net_amount", precision = 19, scale = 2)
    public BigDecimal netAmount;

    @Column(name = "amount_due", precision = 19, scale = 2)
    public BigDecimal amountDue;

    @Column(name = "settled_amount", precision = 19, scale = 2)
    public BigDecimal settledAmount;

    @Column(name = "spread_lpr_bp")
    public Integer spreadLprBp;

    @Column(name = "spread_regional_bp")
    public Integer spreadRegionalBp;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason_code")
    public RejectionReason rejectReasonCode;

    @Column(name = "renewal_of_id", columnDefinition = "char(13)")
    public String renewalOfId;

    @Column(name = "applied_by")
    public String appliedBy;

    @Column(name = "applied_at")
    public Instant appliedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "disbursed_at")
    public Instant disbursedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The status a caller reads on {@code today}: a disbursed financing past maturity with money due is OVERDUE. */
    public FinancingStatus statusOn(LocalDate today) {
        return status == FinancingStatus.DISBURSED && maturityDate.isBefore(today) ? FinancingStatus.OVERDUE : status;
    }

    /** Principal not yet repaid: payments count against interest due first, then principal. */
    BigDecimal outstandingPrincipal() {
        return principal.min(outstanding());
    }

    BigDecimal outstanding() {
        return amountDue == null ? null : amountDue.subtract(settledAmount);
    }
}
