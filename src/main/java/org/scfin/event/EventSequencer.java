package org.scfin.event;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.scfin.common.CatchUp;
import org.scfin.common.Jdbc;
import org.scfin.database.DatabaseUnreachable;

/**
 * Numbers committed events. Under the lock of the single {@code event_sequence} row, it reads the events that have
 * committed but have no number yet and gives them the next numbers. An event committing later always gets a higher
 * number than every event a reader could already have seen, so "seq > cursor" never skips or repeats one, also across
 * several service instances (they queue on the row lock).
 */
@ApplicationScoped
public class EventSequencer {

    private static final int SLICE = 1000;

    @Inject
    EntityManager em;

    @Scheduled(
            every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseUnreachable.class)
    void onSchedule() {
        sequencePending();
    }

    /** Numbers everything committed so far; returns how many events it numbered. */
    public int sequencePending() {
        return CatchUp.run(em, "select id from event where seq is null limit 1", SLICE, this::sequenceSlice);
    }

    private int sequenceSlice() {
        long last = ((Number)
                        em.createNativeQuery("select last_seq from event_sequence where name = 'event' for update")
                                .getSingleResult())
                .longValue();
        // One statement numbers the whole slice: a batch of receivables announces one event per supplier, and an
        // update per event would be most of the update statements a batch costs the database. The order is the
        // database's insert time, not our ids: ids come from each instance's clock, and a later event must get a later
        // number. (The slice is materialised before the update, as its window function and limit require.)
        int numbered = Jdbc.update(
                em,
                "update event e join (select id, row_number() over (order by inserted_at, id) as n from event"
                        + " where seq is null order by inserted_at, id limit " + SLICE
                        + ") pending on pending.id = e.id set e.seq = ? + pending.n",
                last);
        if (numbered > 0) {
            Jdbc.update(em, "update event_sequence set last_seq = ? where name = 'event'", last + numbered);
        }
        return numbered;
    }
}
