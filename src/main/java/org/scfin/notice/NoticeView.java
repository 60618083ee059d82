package org.scfin.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.Times;

@Schema(
        name = "Notice",
        description = "A notice of assignment, replacement or release: whom the core enterprise pays for the"
                + " receivables it names, and whether it has acknowledged it")
public record NoticeView(
        @Schema(example = NoticeExamples.NOTICE_ID) String id,

        @Schema(
                description = "ASSIGNMENT: pay these receivables into payTo. REPLACEMENT: a renewal moved them to"
                        + " financingId, or the bank changed its collection account; pay by this notice, not the one it"
                        + " replaces. RELEASE: the financing is settled; nothing more is paid to the bank on them",
                example = "ASSIGNMENT")
        NoticeKind kind,

        @Schema(example = "UNACKNOWLEDGED") NoticeStatus status,

        @Schema(description = "The financing that holds the receivables", example = Examples.FINANCING_ID)
        String financingId,

        @Schema(description = "The debtor: the core enterprise that pays", example = Examples.CORE_ENTERPRISE_ID)
        String coreEnterpriseId,

        @Schema(description = "The supplier the receivables are owed to", example = Examples.SUPPLIER_ID)
        String supplierId,

        @Schema(description = "The bank the receivables are assigned to", example = Examples.BANK_ID)
        String bankId,

        @Schema(example = Examples.BANK_NAME) String bankName,
        List<NoticeReceivable> receivables,

        @Schema(
                description = "What the core enterprise pays the bank: the receivables' amounts together, in yuan;"
                        + " 0.00 on a release",
                example = Examples.RECEIVABLE_AMOUNT)
        BigDecimal amountDue,

        @Schema(
                description = "When it is to be paid (the receivables' due date); null on a release",
                nullable = true,
                example = Examples.DUE_DATE)
        LocalDate dueDate,

        @Schema(description = "The bank's collection account to pay into; null on a release", nullable = true)
        CollectionAccount payTo,

        @Schema(
                description = "The notice this one replaces (a REPLACEMENT) or releases (a RELEASE); null on an"
                        + " ASSIGNMENT",
                nullable = true,
                example = NoticeExamples.EARLIER_NOTICE_ID)
        String replacesNoticeId,

        @Schema(
                description = "The later notice that replaced or released this one; null while this one is in force",
                nullable = true)
        String supersededByNoticeId,

        @Schema(example = Examples.DISBURSED_AT) Instant issuedAt,

        @Schema(
                description = "When the core enterprise acknowledged it (the first time); null until then",
                nullable = true)
        Instant acknowledgedAt,

        @Schema(
                description = "The subject of the ERP token that acknowledged it",
                nullable = true,
                example = "erp-jinchuan")
        String acknowledgedBy,

        @Schema(
                description = "Hours since issue while unacknowledged, with 2 decimals; null once acknowledged",
                nullable = true,
                example = "26.50")
        BigDecimal unacknowledgedHours) {

    static NoticeView of(Notice n, List<NoticeReceivable> receivables) {
        return new NoticeView(
                n.id,
                n.kind,
                n.status(),
                n.financingId,
                n.coreEnterpriseId,
                n.supplierId,
                n.bankId,
                n.bankName,
                receivables,
                n.amountDue,
                n.dueDate,
                n.collectionAccount(),
                n.replacesNoticeId,
                n.supersededByNoticeId,
                n.issuedAt,
                n.acknowledgedAt,
                n.acknowledgedBy,
                n.acknowledgedAt == null ? Times.hoursBetween(n.issuedAt, Times.now()) : null);
    }
}
