package org.scfin.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Where;
import org.scfin.event.EventType;
import org.scfin.event.Events;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Reading and acknowledging notices. The core enterprise's ERP reads and acknowledges those addressed to it; the bank
 * reads those it issued (and sees which are still unacknowledged), the supplier those about its receivables; an admin
 * reads all. Another party's notice is not found.
 */
@ApplicationScoped
@RetriedOnConflict
public class NoticeService {

    public static final List<String> SORTABLE = List.of("issuedAt", "dueDate");

    private static final TypeReference<List<NoticeReceivable>> RECEIVABLES = new TypeReference<>() {};

    @Inject
    ObjectMapper json;

    @Inject
    Events events;

    public record Filter(NoticeStatus status, NoticeKind kind, String financingId, Integer minUnacknowledgedHours) {}

    public PageView<NoticeView> list(Caller caller, Filter filter, PageRequest page) {
        Where where = caller.ownPartyRows(
                new Where()
                        .and("kind = :kind", "kind", filter.kind())
                        .and("financingId = :financing", "financing", filter.financingId()),
                "notices");
        if (filter.status() != null) {
            where.and(
                    filter.status() == NoticeStatus.ACKNOWLEDGED
                            ? "acknowledgedAt is not null"
                            : "acknowledgedAt is null");
        }
        if (filter.minUnacknowledgedHours() != null) {
            where.and("acknowledgedAt is null")
                    .and(
                            "issuedAt <= :issuedBy",
                            "issuedBy",
                            Times.now().minus(Duration.ofHours(filter.minUnacknowledgedHours())));
        }
        return page.fetch(Notice.<Notice>find(where.query(), page.sort(), where.params()), this::view);
    }

    public NoticeView get(Caller caller, String id) {
        return view(visible(caller, id, LockModeType.NONE));
    }

    /**
     * Records that the core enterprise received the notice: when, and the subject of the token that said so. Only the
     * first acknowledgement is kept and announced; acknowledging again answers the notice as it is.
     */
    @Transactional
    public NoticeView acknowledge(Caller caller, String id) {
        caller.require(Role.ERP);
        Notice notice = visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
        boolean first = notice.acknowledge(Times.now(), caller.subject());
        NoticeView view = view(notice);
        if (first) {
            events.record(
                    EventType.NOTICE_ACKNOWLEDGED,
                    "notice",
                    notice.id,
                    new Events.Parties(notice.coreEnterpriseId, notice.supplierId, notice.bankId),
                    view);
        }
        return view;
    }

    private NoticeView view(Notice notice) {
        try {
            return NoticeView.of(notice, json.readValue(notice.receivables, RECEIVABLES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice " + notice.id + " holds unreadable receivables", e);
        }
    }

    /** The notice if the caller may read it, in one statement that also locks it where asked. */
    private static Notice visible(Caller caller, String id, LockModeType lock) {
        Where where = caller.ownPartyRows(new Where().and("id = :id", "id", id), "notices");
        return Notice.<Notice>find(where.query(), where.params())
                .withLock(lock)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notice", id));
    }
}
