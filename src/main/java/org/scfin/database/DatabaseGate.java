package org.scfin.database;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.scfin.common.DatabaseOutage;

/**
 * While the database cannot be reached, every API call is answered at once with 503 {@code database-unavailable} and
 * {@code Retry-After}: requests then neither wait out the pool's acquisition timeout nor pile up on workers. Every API
 * call reads or writes the database.
 */
public class DatabaseGate {

    /** On the I/O thread, before a worker takes the request. */
    @ServerRequestFilter(nonBlocking = true)
    public void refuseOnArrival() {
        refuseWhileUnreachable();
    }

    /** Again when a worker takes it: a request queued behind busy workers may have arrived before the outage began. */
    @ServerRequestFilter
    public void refuseOnItsWorker() {
        refuseWhileUnreachable();
    }

    private static void refuseWhileUnreachable() {
        if (DatabaseOutage.ongoing()) {
            throw DatabaseOutage.unavailable();
        }
    }
}
