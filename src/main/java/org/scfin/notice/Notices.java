package org.scfin.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scfin.common.Money;
import org.scfin.common.Times;
import org.scfin.enterprise.Bank;
import org.scfin.event.EventType;
import org.scfin.event.Events;
import org.scfin.receivable.Receivable;

/**
 * Issues notices, each with its {@code NOTICE_ISSUED} event, in the transaction of the financing change that issues it
 * (a notice exists if and only if that change committed). The caller holds the financing's row lock, so the notices of
 * one financing are issued one at a time; a notice that supersedes another also writes that one's row, so two nodes
 * issuing on the same notice collide at certification instead of both succeeding.
 */
@ApplicationScoped
public class Notices {

    @Inject
    Events events;

    @Inject
    ObjectMapper json;

    /** A disbursement (live or imported): the receivables are now paid to the bank, into the draft's account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(NoticeDraft draft) {
        issue(NoticeKind.ASSIGNMENT, draft, null);
    }

    /**
     * What the core enterprise was told changed: a renewal moved the receivables from {@code replacedFinancingId} to
     * the draft's financing, or the bank changed its collection account (the same financing). The new notice replaces
     * the one in force for {@code replacedFinancingId}; without one (a financing disbursed before notices existed, or
     * an imported history) it is the first notice of these receivables, an assignment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String replacedFinancingId, NoticeDraft draft) {
        Optional<Notice> current = inForce(replacedFinancingId);
        issue(current.isPresent() ? NoticeKind.REPLACEMENT : NoticeKind.ASSIGNMENT, draft, current.orElse(null));
    }

    /**
     * A full settlement: the notice in force is released. A financing that never had a notice (disbursed before notices
     * existed) gets none: there is nothing to release, and its settlement event says it is settled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(NoticeDraft draft) {
        inForce(draft.financingId()).ifPresent(current -> issue(NoticeKind.RELEASE, draft, current));
    }

    private static Optional<Notice> inForce(String financingId) {
        return Notice.<Notice>find(
                        "financingId = ?1 and supersededByNoticeId is null and kind <> ?2",
                        financingId,
                        NoticeKind.RELEASE)
                .firstResultOptional();
    }

    private void issue(NoticeKind kind, NoticeDraft draft, Notice replaced) {
        List<NoticeReceivable> receivables = receivables(draft.receivableIds());
        boolean release = kind == NoticeKind.RELEASE;
        Notice notice = new Notice();
        notice.kind = kind;
        notice.financingId = draft.financingId();
        notice.coreEnterpriseId = draft.coreEnterpriseId();
        notice.supplierId = draft.supplierId();
        notice.bankId = draft.bankId();
        notice.bankName = Bank.<Bank>findById(draft.bankId()).name;
        notice.receivables = write(receivables);
        notice.amountDue = release ? Money.ZERO.amount() : total(receivables);
        notice.dueDate = release ? null : dueDate(receivables);
        if (!release) {
            notice.collectionAccountName = draft.account().accountName();
            notice.collectionAccountNumber = draft.account().accountNumber();
            notice.collectionBranchName = draft.account().branchName();
        }
        notice.replacesNoticeId = replaced == null ? null : replaced.id;
        notice.issuedAt = Times.now();
        notice.persist();
        if (replaced != null) {
            replaced.supersededByNoticeId = notice.id;
        }
        events.record(
                EventType.NOTICE_ISSUED,
                "notice",
                notice.id,
                new Events.Parties(notice.coreEnterpriseId, notice.supplierId, notice.bankId),
                NoticeView.of(notice, receivables));
    }

    private static List<NoticeReceivable> receivables(List<String> ids) {
        return Receivable.<Receivable>list("id in ?1", ids).stream()
                .sorted(Comparator.comparing(r -> r.id))
                .map(r -> new NoticeReceivable(r.id, r.erpReference, r.invoiceNumberList(), r.amount, r.dueDate))
                .toList();
    }

    private static BigDecimal total(List<NoticeReceivable> receivables) {
        return Money.of(receivables.stream().map(NoticeReceivable::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .amount();
    }

    /** A financing's receivables all fall due the same day; the latest is the day should that ever not hold. */
    private static LocalDate dueDate(List<NoticeReceivable> receivables) {
        return receivables.stream()
                .map(NoticeReceivable::dueDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    private String write(List<NoticeReceivable> receivables) {
        try {
            return json.writeValueAsString(receivables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a notice's receivables", e);
        }
    }
}
