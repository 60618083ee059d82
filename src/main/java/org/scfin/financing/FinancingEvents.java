package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.scfin.event.EventType;
import org.scfin.event.Events;

/** The events of a financing's life, readable by its bank, its supplier and the core enterprise that owes. */
@ApplicationScoped
class FinancingEvents {

    @Inject
    Events events;

    /** What a financing event says: the state after the change and its money. */
    record Facts(String financingId, String programId, String status, List<String> receivableIds, BigDecimal principal,
            BigDecimal interest, BigDecimal netAmount, BigDecimal amountDue, BigDecimal settledAmount, BigDecimal annualRate,
            LocalDate maturityDate) {
    }

    /** The assignment notice: until the financing is settled, the core enterprise pays these receivables to the bank. */
    record Assignment(String financingId, String payTo, List<String> receivableIds, LocalDate maturityDate, BigDecimal amountDue) {
    }

    /**
     * The core enterprise learns what changes whom it pays (assignment, settlement, renewal); the supplier's
     * applications, credit decisions and pricing stay between the supplier and its bank.
     */
    private static final java.util.Set<EventType> FOR_THE_DEBTOR = java.util.EnumSet.of(EventType.FINANCING_DISBURSED,
            EventType.FINANCING_SETTLED, EventType.FINANCING_RENEWED, EventType.RECEIVABLES_ASSIGNED);

    void publish(EventType type, Financing f, List<String> receivableIds) {
        events.record(type, "financing", f.id, parties(f, type), new Facts(f.id, f.programId, f.status.name(), receivableIds, f.principal,
                f.interest, f.netAmount, f.amountDue, f.settledAmount, f.annualRate, f.maturityDate));
    }

    void publishAssignment(Financing f, List<String> receivableIds) {
        events.record(EventType.RECEIVABLES_ASSIGNED, "financing", f.id, parties(f, EventType.RECEIVABLES_ASSIGNED),
                new Assignment(f.id, f.bankId, receivableIds, f.maturityDate, f.amountDue));
    }

    private static Events.Parties parties(Financing f, EventType type) {
        return new Events.Parties(FOR_THE_DEBTOR.contains(type) ? f.coreEnterpriseId : null, f.supplierId, f.bankId);
    }
}
