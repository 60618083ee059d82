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
                    ConflictRetry.READ_ATTEMPTS,
                    () -> QuarkusTransaction.requiringNew().call(slice));
            total += done;
        } while (done == sliceSize);
        return total;
    }
}
