package org.scfin.database;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.scfin.common.DatabaseOutage;

/**
 * Skips a background job's run while the database cannot be reached ({@code skipExecutionIf}): it would only wait out
 * the pool and log a stack trace every second of the outage; the next run after it catches up.
 */
@Singleton
public class DatabaseUnreachable implements Scheduled.SkipPredicate {

    @Override
    public boolean test(ScheduledExecution execution) {
        return DatabaseOutage.ongoing();
    }
}
