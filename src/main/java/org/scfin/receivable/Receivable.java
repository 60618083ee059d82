package org.scfin.receivable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.scfin.common.ProblemException;
import org.scfin.common.VersionedEntity;

/**
 * A supplier's right to be paid {@link #amount} by a core enterprise on {@link #dueDate}. Its transitions check the
 * status they start from: from any other status they are a 409 that changes nothing.
 */
@Entity
@Table(name = "receivable")
public class Receivable extends VersionedEntity {

    static final String INVOICE_SEPARATOR = "\n";

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    /** {@code erp}, or the id of the submitting supplier: ERP and each supplier have their own references. */
    @Column(name = "reference_owner")
    public String referenceOwner;

    @Column(name = "erp_reference")
    public String erpReference;

    /** As posted, in order; the {@code receivable_invoice} rows are what guards uniqueness. */
    @Column(name = "invoice_numbers")
    public String invoiceNumbers;

    /** Face value as posted: a re-post is compared against it, not against the amount after credit notes. */
    @Column(name = "original_amount", precision = 19, scale = 2)
    public BigDecimal originalAmount;

    @Column(name = "amount", precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "currency", columnDefinition = "char(3)")
    public String currency;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public ReceivableStatus status;

    /** {@code erp} or {@code supplier}. */
    @Column(name = "submitted_by")
    public String submittedBy;

    /** The core enterprise confirms a supplier's submission. */
    void confirm() {
        requireStatus("confirm", ReceivableStatus.PENDING_CONFIRMATION);
        status = ReceivableStatus.CONFIRMED;
    }

    /** The core enterprise refuses to confirm a supplier's submission. */
    void reject() {
        requireStatus("reject", ReceivableStatus.PENDING_CONFIRMATION);
        status = ReceivableStatus.REJECTED;
    }

    void requireAdjustable() {
        requireStatus("adjust", ReceivableStatus.PENDING_CONFIRMATION, ReceivableStatus.CONFIRMED);
    }

    /**
     * A credit note reduces the amount; what is left must stay positive (a receivable is withdrawn whole by cancelling
     * it).
     */
    void reduceBy(BigDecimal creditNote) {
        requireAdjustable();
        if (creditNote.compareTo(amount) >= 0) {
            throw ProblemException.invalid(
                    "amount",
                    "less-than-outstanding",
                    "must be less than the receivable's amount " + amount.toPlainString()
                            + " (cancel it to withdraw it whole)");
        }
        amount = amount.subtract(creditNote);
    }

    /** The debtor may cancel a live receivable; a supplier only its submission the debtor has not confirmed yet. */
    void requireCancellable(boolean bySupplier) {
        if (bySupplier) {
            if (status == ReceivableStatus.CONFIRMED) {
                throw ProblemException.forbidden("a confirmed receivable can only be cancelled by its core enterprise");
            }
            requireStatus("cancel", ReceivableStatus.PENDING_CONFIRMATION);
        } else {
            requireStatus("cancel", ReceivableStatus.PENDING_CONFIRMATION, ReceivableStatus.CONFIRMED);
        }
    }

    void cancel(boolean bySupplier) {
        requireCancellable(bySupplier);
        status = ReceivableStatus.CANCELLED;
    }

    private void requireStatus(String action, ReceivableStatus... from) {
        if (!Arrays.asList(from).contains(status)) {
            throw ProblemException.conflict("cannot " + action + " a receivable in status " + status);
        }
    }

    public List<String> invoiceNumberList() {
        return Arrays.asList(invoiceNumbers.split(INVOICE_SEPARATOR));
    }
}
