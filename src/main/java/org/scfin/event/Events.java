package org.scfin.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.scfin.common.Ids;
import org.scfin.common.Times;

/** Writes events in the caller's transaction: an event exists if and only if its change committed. */
@ApplicationScoped
public class Events {

    @Inject
    ObjectMapper json;

    /** Who may read an event: the parties of the business it is about (null where none). */
    public record Parties(String coreEnterpriseId, String supplierId, String bankId) {}

    /** An event whose facts every party of it may read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventType type, String subjectType, String subjectId, Parties parties, Object data) {
        record(type, subjectType, subjectId, parties, data, null);
    }

    /**
     * An event the core enterprise reads differently: it reads {@code debtorData}, the supplier and the bank read
     * {@code data} (a financing's terms and prices stay between them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            EventType type, String subjectType, String subjectId, Parties parties, Object data, Object debtorData) {
        Event event = new Event();
        event.id = Ids.newId();
        event.type = type;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.coreEnterpriseId = parties.coreEnterpriseId();
        event.supplierId = parties.supplierId();
        event.bankId = parties.bankId();
        event.payload = write(data);
        event.debtorPayload = debtorData == null ? null : write(debtorData);
        event.occurredAt = Times.now();
        event.persist();
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an event payload", e);
        }
    }
}
