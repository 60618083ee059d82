package org.scfin.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.scfin.common.ProblemException;
import org.scfin.common.QueryParams;
import org.scfin.common.Where;
import org.scfin.security.Caller;

/** Each caller's feed: only events about its own business, in commit order, resumable by cursor. */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    EventSequencer sequencer;

    public record Page(List<EventView> items, String next) {}

    public Page read(Caller caller, String after, String limit) {
        Integer parsedLimit = QueryParams.integer("limit", limit);
        int n = parsedLimit == null ? DEFAULT_LIMIT : parsedLimit;
        if (n < 1 || n > MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", "range", "must be between 1 and " + MAX_LIMIT);
        }
        long cursor = cursor(after);
        // what committed before this call is numbered now, so a change is in the next read of the feed
        sequencer.sequencePending();
        Where where = caller.ownPartyRows(new Where().and("seq > :after", "after", cursor), "event feed");
        List<Event> events = Event.<Event>find(where.query() + " order by seq", where.params())
                .page(0, n)
                .list();
        String next = events.isEmpty() ? Long.toString(cursor) : Long.toString(events.get(events.size() - 1).seq);
        return new Page(events.stream().map(e -> EventView.of(e, caller.role())).toList(), next);
    }

    private static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(after.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(
                    "after", "cursor", "must be a cursor returned by this feed (next or an item's cursor)");
        }
    }
}
