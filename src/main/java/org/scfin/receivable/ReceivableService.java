package org.scfin.receivable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scfin.common.FieldError;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.RowLock;
import org.scfin.common.Where;
import org.scfin.event.EventType;
import org.scfin.event.Events;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Reading receivables and changing their state. An ERP sees and changes the receivables owed by its core enterprise, a
 * supplier sees those owed to it, a bank reads the confirmed ones of core enterprises it has a program with; anyone
 * else's receivable answers 404.
 */
@ApplicationScoped
@RetriedOnConflict
public class ReceivableService {

    @Inject
    Encumbrances encumbrances;

    @Inject
    Events events;

    public static final int MAX_BATCH = 1000;
    public static final List<String> SORTABLE = List.of("createdAt", "dueDate", "issueDate", "amount", "erpReference");

    public record Filter(
            String coreEnterpriseId,
            String supplierId,
            ReceivableStatus status,
            LocalDate dueFrom,
            LocalDate dueTo,
            BigDecimal amountMin,
            BigDecimal amountMax) {}

    public ReceivableView get(Caller caller, String id) {
        Receivable receivable = visible(caller, id).orElseThrow(() -> ProblemException.notFound("receivable", id));
        return ReceivableView.of(receivable, history(receivable));
    }

    public PageView<ReceivableView> list(Caller caller, Filter filter, PageRequest page) {
        if (filter.dueFrom() != null
                && filter.dueTo() != null
                && filter.dueFrom().isAfter(filter.dueTo())) {
            throw ProblemException.invalidParameter("dueFrom", "not-after-dueTo", "must not be after dueTo");
        }
        if (filter.amountMin() != null
                && filter.amountMax() != null
                && filter.amountMin().compareTo(filter.amountMax()) > 0) {
            throw ProblemException.invalidParameter("amountMin", "not-above-amountMax", "must not be above amountMax");
        }
        Where where = visibleTo(
                caller,
                new Where()
                        .and("coreEnterpriseId = :core", "core", filter.coreEnterpriseId())
                        .and("supplierId = :supplier", "supplier", filter.supplierId())
                        .and("status = :status", "status", filter.status())
                        .and("dueDate >= :dueFrom", "dueFrom", filter.dueFrom())
                        .and("dueDate <= :dueTo", "dueTo", filter.dueTo())
                        .and("amount >= :amountMin", "amountMin", filter.amountMin())
                        .and("amount <= :amountMax", "amountMax", filter.amountMax()));
        return page.fetch(
                Receivable.<Receivable>find(where.query(), page.sort(), where.params()), r -> ReceivableView.of(r));
    }

    /** The core enterprise confirms a supplier's submission (only its own ERP may: the debtor confirms). */
    @Transactional
    public ReceivableView confirm(Caller caller, String id) {
        caller.require(Role.ERP);
        Receivable r = lockVisible(caller, id);
        r.confirm();
        ReceivableHistory.record(r, ReceivableAction.CONFIRMED, r.amount, null, null, actor(caller));
        events.record(
                EventType.RECEIVABLES_CONFIRMED,
                "receivable",
                r.id,
                new Events.Parties(r.coreEnterpriseId, r.supplierId, null),
                new ReceivablePosting.ConfirmedReceivables(List.of(r.id), r.amount));
        return ReceivableView.of(r);
    }

    @Transactional
    public ReceivableView reject(Caller caller, String id, String reason) {
        caller.require(Role.ERP);
        Receivable r = lockVisible(caller, id);
        r.reject();
        releaseInvoices(r);
        ReceivableHistory.record(r, ReceivableAction.REJECTED, r.amount, null, reason, actor(caller));
        return ReceivableView.of(r);
    }

    /** A credit note from the debtor reduces the amount; what is left must stay positive. */
    @Transactional
    public ReceivableView adjust(Caller caller, String id, AdjustmentInput input) {
        caller.require(Role.ERP);
        Receivable r = lockVisible(caller, id);
        String creditNote = Invoices.canonical(input.creditNoteNumber());
        // upper(): notes stored before numbers were canonical are found too (the receivable's row lock orders
        // adjustments)
        var applied = ReceivableHistory.<ReceivableHistory>find(
                        "receivableId = ?1 and upper(reference) = ?2", r.id, creditNote)
                .firstResultOptional();
        if (applied.isPresent()) {
            // a retried credit note: applied once, whatever the retries; the same note with another amount is a clash
            BigDecimal appliedAmount = applied.get().amountBefore.subtract(applied.get().amountAfter);
            if (appliedAmount.compareTo(input.amount()) == 0) {
                return ReceivableView.of(r);
            }
            throw ProblemException.conflict(
                    "credit note " + creditNote + " was already applied to this receivable with amount "
                            + appliedAmount.toPlainString(),
                    new FieldError(
                            "creditNoteNumber", "unique-credit-note", "was already applied with another amount"));
        }
        r.requireAdjustable();
        requireUnencumbered(caller, r, "adjust");
        BigDecimal before = r.amount;
        r.reduceBy(input.amount());
        ReceivableHistory.record(r, ReceivableAction.ADJUSTED, before, creditNote, input.reason(), actor(caller));
        return ReceivableView.of(r);
    }

    /** The debtor's ERP may cancel any live receivable of its own; a supplier only its own unconfirmed submission. */
    @Transactional
    public ReceivableView cancel(Caller caller, String id, String reason) {
        caller.require(Role.ERP, Role.SUPPLIER);
        Receivable r = lockVisible(caller, id);
        r.requireCancellable(caller.is(Role.SUPPLIER));
        requireUnencumbered(caller, r, "cancel");
        r.cancel(caller.is(Role.SUPPLIER));
        releaseInvoices(r);
        ReceivableHistory.record(r, ReceivableAction.CANCELLED, r.amount, null, reason, actor(caller));
        return ReceivableView.of(r);
    }

    private Optional<Receivable> visible(Caller caller, String id) {
        Where where = visibleTo(caller, new Where().and("id = :id", "id", id));
        return Receivable.<Receivable>find(where.query(), where.params()).firstResultOptional();
    }

    /** Loads with a row lock, so that concurrent state changes queue up and each sees the other's result. */
    private Receivable lockVisible(Caller caller, String id) {
        // visibility first, so a caller never takes a lock on another party's row; then lock, then re-read what is
        // current
        Receivable receivable = visible(caller, id).orElseThrow(() -> ProblemException.notFound("receivable", id));
        return RowLock.lockAndRefresh(Receivable.getEntityManager(), "receivable", receivable, id);
    }

    private static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN -> where;
            case ERP -> where.and("coreEnterpriseId = :ownCore", "ownCore", caller.partyId());
            case SUPPLIER -> where.and("supplierId = :ownSupplier", "ownSupplier", caller.partyId());
            // a bank finds what it may finance: confirmed receivables owed by core enterprises it has a program with
            case BANK ->
                where.and("status = 'CONFIRMED'")
                        .and(
                                "coreEnterpriseId in (select p.coreEnterpriseId from FinancingProgram p"
                                        + " where p.bankId = :ownBank)",
                                "ownBank",
                                caller.partyId());
            default ->
                throw ProblemException.forbidden("role " + caller.role().tokenName() + " has no access to receivables");
        };
    }

    /** A receivable a bank lends against keeps its amount and status until that financing ends. */
    private void requireUnencumbered(Caller caller, Receivable r, String action) {
        encumbrances.liveFinancingAsSeenBy(caller, r.id).ifPresent(financing -> {
            throw ProblemException.conflict("cannot " + action + " receivable " + r.id + ": it backs " + financing);
        });
    }

    private static void releaseInvoices(Receivable r) {
        ReceivableInvoice.update("liveClaim = null where key.receivableId = ?1", r.id);
    }

    private static List<HistoryEntryView> history(Receivable r) {
        List<HistoryEntryView> entries = new ArrayList<>();
        boolean byErp = Role.ERP.tokenName().equals(r.submittedBy);
        entries.add(new HistoryEntryView(
                byErp ? ReceivableAction.POSTED : ReceivableAction.SUBMITTED,
                byErp ? ReceivableStatus.CONFIRMED : ReceivableStatus.PENDING_CONFIRMATION,
                null,
                r.originalAmount,
                null,
                null,
                byErp ? "erp:" + r.coreEnterpriseId : "supplier:" + r.supplierId,
                r.createdAt));
        ReceivableHistory.<ReceivableHistory>list("receivableId = ?1 order by occurredAt, id", r.id).stream()
                .map(HistoryEntryView::of)
                .forEach(entries::add);
        return entries;
    }

    private static String actor(Caller caller) {
        return caller.role().tokenName() + ":" + caller.partyId();
    }
}
