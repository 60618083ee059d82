package org.scfin.common;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Predicate;
import javax.transaction.xa.XAException;

/**
 * The database as the service last found it, and the failures that say it could not be reached. While an outage is
 * going on (the watch of {@code org.scfin.database} decides when one begins and ends), a request that needs the
 * database is answered at once with 503 {@code database-unavailable} and {@code Retry-After}, instead of waiting on the
 * pool or on a socket that will not answer.
 *
 * <p>A connection lost in a transaction leaves two cases apart. Lost while the transaction's statements ran (or while
 * they were flushed before the commit), the database never received a commit: InnoDB rolls the transaction back when
 * its connection goes, and Galera replicates a writeset only at commit, so the whole transaction may run again. Lost
 * while the commit itself was on the wire, the database may have committed and the answer never arrived: running the
 * work again could apply it twice, so the caller learns that the outcome is unknown. The transaction manager tells them
 * apart: Agroal hands the connection's local transaction to Narayana as a one-phase XA resource, so a failure of the
 * commit arrives wrapped in an {@link XAException} (under the {@code RollbackException} of the commit), whereas a
 * statement's failure reaches the caller as the driver's own exception. A failed rollback is wrapped the same way; it
 * is counted as a failed commit, unknown being the safe side.
 */
public final class DatabaseOutage {

    /** Connection exceptions, in the SQL standard's class 08 (the driver's communications failure is 08S01). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /**
     * What the driver says when a statement prepared on a connection is run after that connection was closed under it
     * (its SQLState, S1009, is the driver's catch-all): the connection was lost, the statement never reached the
     * server.
     */
    private static final String STATEMENT_CLOSED = "No operations allowed after statement closed";

    /** How far the search for a cause follows causes and suppressed exceptions: a chain is never longer in practice. */
    private static final int MAX_DEPTH = 16;

    private static volatile boolean ongoing;

    private static volatile Runnable onSuspicion = () -> {};

    private DatabaseOutage() {}

    /** Whether the database could not be reached when it was last looked at. */
    public static boolean ongoing() {
        return ongoing;
    }

    /** Set by the watch when the database stops answering, and again when it answers. */
    public static void reachable(boolean reachable) {
        ongoing = !reachable;
    }

    /** What the watch does when a request found a connection lost: look at the database now, not at its next round. */
    public static void whenSuspected(Runnable lookNow) {
        onSuspicion = lookNow;
    }

    /** Tells the watch that a connection was just lost, so an outage is seen within milliseconds. */
    public static void suspect() {
        onSuspicion.run();
    }

    /**
     * Whether {@code failure} means the database could not be reached: a connection lost or refused (SQLState class
     * 08), or none had from the pool in time.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        return isLostConnection(failure) || isAcquisitionTimeout(failure);
    }

    /**
     * Whether a connection was lost or could not be opened (SQLState class 08), or was closed under a statement about
     * to run on it, as the watch does to connections to a node that stopped answering.
     */
    public static boolean isLostConnection(Throwable failure) {
        return anywhere(failure, DatabaseOutage::isConnectionException, MAX_DEPTH);
    }

    /**
     * Whether the connection was lost while the commit was on its way, so the transaction may or may not have committed
     * (see the class comment).
     */
    public static boolean lostDuringCommit(Throwable failure) {
        return anywhere(
                failure,
                t -> t instanceof XAException && anywhere(t, DatabaseOutage::isConnectionException, MAX_DEPTH),
                MAX_DEPTH);
    }

    /**
     * Whether the pool gave no connection within its acquisition timeout. Agroal reports it with a message only, no
     * SQLState.
     */
    public static boolean isAcquisitionTimeout(Throwable failure) {
        return anywhere(
                failure,
                t -> t instanceof SQLException sql
                        && sql.getSQLState() == null
                        && sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"),
                MAX_DEPTH);
    }

    /** The answer while the database cannot be reached: nothing was applied, and the same request may come again. */
    public static ProblemException unavailable() {
        return new ProblemException(
                ProblemType.DATABASE_UNAVAILABLE,
                "the database cannot be reached at the moment and nothing was changed; send the request again shortly");
    }

    /** The answer when the connection was lost during the commit (see the class comment). */
    public static ProblemException outcomeUnknown() {
        return new ProblemException(
                ProblemType.OUTCOME_UNKNOWN,
                "the connection to the database was lost while the change was being committed, so it may or may not"
                        + " have been applied; send the request again with the same Idempotency-Key, which answers"
                        + " with the original result if it was applied and applies it once if it was not");
    }

    private static boolean isConnectionException(Throwable t) {
        return t instanceof SQLException sql
                && (sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                        || sql.getMessage() != null && sql.getMessage().startsWith(STATEMENT_CLOSED));
    }

    /** Whether {@code failure}, a cause of it or an exception suppressed along the way matches {@code test}. */
    private static boolean anywhere(Throwable failure, Predicate<Throwable> test, int depth) {
        int links = 0;
        for (Throwable t = failure; t != null && links < MAX_DEPTH; t = t.getCause(), links++) {
            if (test.test(t)) {
                return true;
            }
            if (depth > 0) {
                for (Throwable suppressed : t.getSuppressed()) {
                    if (anywhere(suppressed, test, depth - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
