package org.scfin.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.concurrent.Callable;

/**
 * Works off a backlog of committed rows a slice at a time, each slice in a transaction of its own, for the outbox
 * sequencer and the statistics roller. It looks first without locking, so that callers only queue on the worker's lock
 * row when there is something to do.
 */
public final class CatchUp {

    /**
     * Attempts at one slice. Slices collide with other workers' slices, and on a Galera cluster with those of instances
     * on other nodes, which their lock row does not hold off; a collision means the other slice committed, so the
     * backlog moves on, but a statistics or feed read waits on its own slice. With reads and writes going on through
     * two nodes, a read's slice lost the five attempts of a request's write in a row (the read answered 503); twice as
     * many, with the doubling back-off, wait a few seconds at worst.
     */
    static final int SLICE_ATTEMPTS = 2 * ConflictRetry.ATTEMPTS;

    private CatchUp() {}

    /**
     * Runs {@code slice} while it fills: {@code pendingProbe} is a query that returns a row when work is pending;
     * {@code slice} does at most {@code sliceSize} rows and returns how many it did. Returns the total.
     */
    public static int run(EntityManager em, String pendingProbe, int sliceSize, Callable<Integer> slice) {
        if (QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(pendingProbe).getResultList().isEmpty())) {
            return 0;
        }
        int total = 0;
        int done;
        do {
            done = ConflictRetry.run(
                    "catch-up slice",
                    SLICE_ATTEMPTS,
                    () -> QuarkusTransaction.requiringNew().call(slice));
            total += done;
        } while (done == sliceSize);
        return total;
    }
}
