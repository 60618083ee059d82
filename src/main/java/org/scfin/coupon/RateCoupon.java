package org.scfin.coupon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.scfin.common.ProblemException;
import org.scfin.common.VersionedEntity;

/**
 * A cut of the annual rate, in basis points, that a regional authority gives one supplier for one approval until an
 * expiry. It changes only under its row lock, so of approvals racing for it one uses it; on a cluster two nodes using
 * it write the same row and collide at certification.
 */
@Entity
@Table(name = "rate_coupon")
public class RateCoupon extends VersionedEntity {

    /** The region of the authority that issued it. */
    @Column(name = "authority_region_code", columnDefinition = "char(6)")
    public String authorityRegionCode;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    /** The supplier's region when the coupon was issued: the statistics count the coupon there. */
    @Column(name = "supplier_region_code", columnDefinition = "char(6)")
    public String supplierRegionCode;

    @Column(name = "cut_bp")
    public int cutBp;

    /** The last day an approval may use it. */
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /** ISSUED, USED or REVOKED: EXPIRED is read from the date. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public CouponStatus status;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "issued_by")
    public String issuedBy;

    /** The financing approved with it, while it is used. */
    @Column(name = "financing_id", columnDefinition = "char(13)")
    public String financingId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "used_on")
    public LocalDate usedOn;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "interest_saved", precision = 19, scale = 2)
    public BigDecimal interestSaved;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The coupon, its row locked until the transaction ends. */
    static Optional<RateCoupon> lock(String id) {
        return RateCoupon.<RateCoupon>find("id", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public CouponStatus statusOn(LocalDate today) {
        return status == CouponStatus.ISSUED && expiresOn.isBefore(today) ? CouponStatus.EXPIRED : status;
    }

    /** The cut as percentage points of an annual rate with 4 decimals: 20 bp is 0.2000. */
    public BigDecimal cutPercent() {
        return BigDecimal.valueOf(cutBp).movePointLeft(2).setScale(4);
    }

    /** Used by an approval; the caller has checked, under this row's lock, that it is issued and not expired. */
    void use(String financingId, String bankId, BigDecimal interestSaved, LocalDate on, Instant at) {
        status = CouponStatus.USED;
        this.financingId = financingId;
        this.bankId = bankId;
        this.interestSaved = interestSaved;
        usedOn = on;
        usedAt = at;
    }

    /** Its financing's approval was withdrawn before disbursement: the coupon is unused again, until its expiry. */
    void giveBack() {
        status = CouponStatus.ISSUED;
        financingId = null;
        bankId = null;
        interestSaved = null;
        usedOn = null;
        usedAt = null;
    }

    void revoke(Instant at, LocalDate today) {
        CouponStatus now = statusOn(today);
        if (now == CouponStatus.USED || now == CouponStatus.REVOKED) {
            throw ProblemException.conflict("rate coupon " + id + " is " + now + ": only an unused coupon is revoked");
        }
        status = CouponStatus.REVOKED;
        revokedAt = at;
    }
}
