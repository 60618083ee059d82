package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scfin.event.EventType;
import org.scfin.event.Events;

/**
 * The events of a financing's life. Its bank and its supplier read the terms and money; the core enterprise that owes
 * the receivables reads the assignment notice instead, and only of the events that change whom it pays.
 */
@ApplicationScoped
class FinancingEvents {

    @Inject
    Events events;

    /** What a financing event says to the supplier and the bank: the state after the change and its money. */
    record Facts(
            String financingId,
            String programId,
            String status,
            List<String> receivableIds,
            BigDecimal principal,
            BigDecimal interest,
            BigDecimal netAmount,
            BigDecimal amountDue,
            BigDecimal settledAmount,
            BigDecimal annualRate,
            LocalDate maturityDate) {}

    /**
     * The assignment notice as the supplier and the bank read it: until the financing is settled, the receivables are
     * paid to the bank.
     */
    record Assignment(
            String financingId,
            String payTo,
            List<String> receivableIds,
            LocalDate maturityDate,
            BigDecimal amountDue) {}

    /**
     * What the core enterprise reads of each of its events: which receivables are assigned to which bank, what it owes
     * on each and when, and whether the assignment is still in force ({@link DebtorFinancingView}, with the names the
     * assignment notice has always had for the financing, the bank and the receivables).
     */
    record DebtorNotice(
            String financingId,
            FinancingStatus status,
            String payTo,
            String bankName,
            String supplierId,
            List<String> receivableIds,
            List<DebtorFinancingView.AssignedReceivable> receivables,
            Instant assignedAt,
            Instant releasedAt) {

        static DebtorNotice of(DebtorFinancingView view) {
            return new DebtorNotice(
                    view.id(),
                    view.status(),
                    view.bankId(),
                    view.bankName(),
                    view.supplierId(),
                    view.receivables().stream()
                            .map(DebtorFinancingView.AssignedReceivable::receivableId)
                            .toList(),
                    view.receivables(),
                    view.assignedAt(),
                    view.releasedAt());
        }
    }

    /**
     * The core enterprise learns what changes whom it pays (assignment, settlement, renewal); the supplier's
     * applications, credit decisions and pricing stay between the supplier and its bank.
     */
    private static final Set<EventType> FOR_THE_DEBTOR = EnumSet.of(
            EventType.FINANCING_DISBURSED,
            EventType.FINANCING_SETTLED,
            EventType.FINANCING_RENEWED,
            EventType.RECEIVABLES_ASSIGNED);

    void publish(EventType type, Financing f, List<String> receivableIds) {
        publish(type, f, receivableIds, FOR_THE_DEBTOR.contains(type) ? debtorNotice(f) : null);
    }

    void publishAssignment(Financing f, List<String> receivableIds) {
        publishAssignment(f, receivableIds, debtorNotice(f));
    }

    /** The disbursement and the assignment notice it makes, with the debtor's notice read once for both. */
    void publishDisbursement(Financing f, List<String> receivableIds) {
        DebtorNotice notice = debtorNotice(f);
        publish(EventType.FINANCING_DISBURSED, f, receivableIds, notice);
        publishAssignment(f, receivableIds, notice);
    }

    private void publish(EventType type, Financing f, List<String> receivableIds, DebtorNotice notice) {
        record(
                type,
                f,
                new Facts(
                        f.id,
                        f.programId,
                        f.status.name(),
                        receivableIds,
                        f.principal,
                        f.interest,
                        f.netAmount,
                        f.amountDue,
                        f.settledAmount,
                        f.annualRate,
                        f.maturityDate),
                notice);
    }

    private void publishAssignment(Financing f, List<String> receivableIds, DebtorNotice notice) {
        record(
                EventType.RECEIVABLES_ASSIGNED,
                f,
                new Assignment(f.id, f.bankId, receivableIds, f.maturityDate, f.amountDue),
                notice);
    }

    private static DebtorNotice debtorNotice(Financing f) {
        return DebtorNotice.of(FinancingViews.forDebtor(f));
    }

    /** An event for the debtor too carries its notice; the others reach only the supplier and the bank. */
    private void record(EventType type, Financing f, Object facts, DebtorNotice notice) {
        if (FOR_THE_DEBTOR.contains(type)) {
            events.record(
                    type,
                    "financing",
                    f.id,
                    new Events.Parties(f.coreEnterpriseId, f.supplierId, f.bankId),
                    facts,
                    notice);
        } else {
            events.record(type, "financing", f.id, new Events.Parties(null, f.supplierId, f.bankId), facts);
        }
    }
}
