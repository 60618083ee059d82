package org.scfin.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.scfin.common.VersionedEntity;

/**
 * One notice as issued. A notice is a document: what it says (the receivables, the bank's name, the account) is kept as
 * it was at issue, and only its acknowledgement and the notice that supersedes it are written later.
 */
@Entity
@Table(name = "notice")
public class Notice extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public NoticeKind kind;

    @Column(name = "financing_id", columnDefinition = "char(13)")
    public String financingId;

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "bank_name")
    public String bankName;

    /** JSON array of {@link NoticeReceivable}. */
    @Column(name = "receivables")
    public String receivables;

    @Column(name = "amount_due", precision = 19, scale = 2)
    public BigDecimal amountDue;

    /** Null on a release. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** Null on a release. */
    @Column(name = "collection_account_name")
    public String collectionAccountName;

    @Column(name = "collection_account_number")
    public String collectionAccountNumber;

    @Column(name = "collection_branch_name")
    public String collectionBranchName;

    @Column(name = "replaces_notice_id", columnDefinition = "char(13)")
    public String replacesNoticeId;

    @Column(name = "superseded_by_notice_id", columnDefinition = "char(13)")
    public String supersededByNoticeId;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    CollectionAccount collectionAccount() {
        return CollectionAccount.ofColumns(collectionAccountName, collectionAccountNumber, collectionBranchName);
    }

    NoticeStatus status() {
        return acknowledgedAt == null ? NoticeStatus.UNACKNOWLEDGED : NoticeStatus.ACKNOWLEDGED;
    }

    /** The first acknowledgement is the one kept: a second changes nothing. Returns whether this one counted. */
    boolean acknowledge(Instant at, String by) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = at;
        acknowledgedBy = by;
        return true;
    }
}
