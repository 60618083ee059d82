package org.scfin.creditline;

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
import org.scfin.common.Money;
import org.scfin.common.ProblemException;
import org.scfin.common.VersionedEntity;

/**
 * A bank's pre-approved line for one supplier under one of its products. Its used amount is the principal approved
 * within it and not yet given back; it changes only under the line's row lock, taken after the financing's and the
 * program's, so approvals and releases of one line queue up, and on a cluster two nodes changing it write the same row
 * and collide at certification.
 */
@Entity
@Table(name = "credit_line")
public class CreditLine extends VersionedEntity {

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "product_id", columnDefinition = "char(13)")
    public String productId;

    @Column(name = "amount", precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "used_amount", precision = 19, scale = 2)
    public BigDecimal usedAmount;

    /** The last day an approval may use the line. */
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /** LIVE or CANCELLED: EXPIRED is read from the date. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public CreditLineStatus status;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** The line of {@code bankId}, its row locked until the transaction ends; empty for another bank's. */
    public static Optional<CreditLine> lockOfBank(String id, String bankId) {
        return CreditLine.<CreditLine>find("id = ?1 and bankId = ?2", id, bankId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public CreditLineStatus statusOn(LocalDate today) {
        return status == CreditLineStatus.LIVE && expiresOn.isBefore(today) ? CreditLineStatus.EXPIRED : status;
    }

    /** What approvals may still use: the amount less what is used, or nothing. */
    public Money available() {
        return Money.of(amount).minus(Money.of(usedAmount)).max(Money.ZERO);
    }

    /** Holds {@code principal} for a financing; the caller has checked it fits under this line's row lock. */
    public void consume(BigDecimal principal) {
        usedAmount = usedAmount.add(principal);
    }

    /** Gives back what a financing held: it was rejected after approval, settled or renewed. */
    public void release(BigDecimal principal) {
        usedAmount = usedAmount.subtract(principal);
    }

    void cancel(Instant at) {
        if (status == CreditLineStatus.CANCELLED) {
            throw ProblemException.conflict("credit line " + id + " is already cancelled");
        }
        status = CreditLineStatus.CANCELLED;
        cancelledAt = at;
    }
}
