package org.scfin.database;

import com.mysql.cj.jdbc.JdbcConnection;
import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;

/**
 * The driver's connections behind the pool, so that the watch can cut them when the database stops answering. A
 * statement waiting on a server that is frozen (or a node cut off by the network) otherwise waits for the socket
 * timeout, which must be long enough for the slowest legitimate statement; cut, it fails at once as a lost connection,
 * which {@link org.scfin.common.ConflictRetry} runs again or answers with 503. The pool then drops the dead connections
 * (Agroal's MySQL exception sorter finds SQLState 08 fatal).
 *
 * <p>What is kept is the physical connection to one server: behind a multi-host (failover) URL the pool holds the
 * driver's proxy, which a statement in flight keeps locked, so it is asked for its current connection when the pool
 * creates or hands it out, never when it is cut. The physical connection closes its socket without a lock.
 */
@ApplicationScoped
public class PooledConnections implements AgroalPoolInterceptor {

    /** Weak: a connection the driver replaced (failover) or the pool destroyed unseen is simply forgotten. */
    private final Set<JdbcConnection> open =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void onConnectionCreate(Connection connection) {
        physical(connection).ifPresent(open::add);
    }

    /** A failover may have moved the pooled connection to another server since it was created. */
    @Override
    public void onConnectionAcquire(Connection connection) {
        physical(connection).ifPresent(open::add);
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        physical(connection).ifPresent(open::remove);
    }

    /** How many connections the pool holds open, in use or idle. */
    int size() {
        return open.size();
    }

    /**
     * Closes the sockets of the connections that {@code which} selects, without waiting for the statements running on
     * them (a frozen server would never let a polite close finish). Returns how many were cut.
     */
    int cut(Predicate<JdbcConnection> which) {
        List<JdbcConnection> chosen;
        synchronized (open) {
            chosen = new ArrayList<>(open.stream().filter(which).toList());
        }
        for (JdbcConnection connection : chosen) {
            try {
                connection.abortInternal();
            } catch (SQLException | RuntimeException alreadyGone) {
                // closed meanwhile: nothing left to cut
            }
            open.remove(connection);
        }
        return chosen.size();
    }

    private static Optional<JdbcConnection> physical(Connection connection) {
        try {
            return Optional.ofNullable(connection.unwrap(JdbcConnection.class).getActiveMySQLConnection());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
