package org.scfin.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scfin.database.DatabaseUnreachable;

/** Deletes expired keys in small slices, so the purge never holds long locks. */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    IdempotencyStore store;

    @Scheduled(
            every = "10m",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DatabaseUnreachable.class)
    void purge() {
        while (store.purgeExpired(1000) == 1000) {
            Thread.onSpinWait();
        }
    }
}
