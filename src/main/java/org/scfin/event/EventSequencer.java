package org.scfin.event;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.scfin.common.CatchUp;
import org.scfin.common.Jdbc;

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

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sequencePending();
    }

    /** Numbers everything committed so far; returns how many events it numbered. */
    public int sequencePending() {
        return CatchUp.run(em, "select id from event where seq is null limit 1", SLICE, this::sequenceSlice);
    }

    private int sequenceSlice() {
        long last = ((Number) em.createNativeQuery("select last_seq from event_sequence where name = 'event' for update")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        // database insert time, not our ids: ids come from each instance's clock, and a later event must get a later number
        List<String> pending = em.createNativeQuery("select id from event where seq is null order by inserted_at, id limit " + SLICE)
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Object[]> numbers = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            numbers.add(new Object[] {last + 1 + i, pending.get(i)});
        }
        // one JDBC batch (one round trip) rather than a statement per event; plain JDBC also leaves the second-level
        // cache alone, which a native update would clear on every tick
        Jdbc.batch(em, "update event set seq = ? where id = ?", numbers);
        Jdbc.update(em, "update event_sequence set last_seq = ? where name = 'event'", last + pending.size());
        return pending.size();
    }
}
