package org.scfin.common;

import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one retry policy for whole transactions. {@code transaction} must open its transaction and end it (commit or roll
 * back) before it returns or throws; a failure is retried only when the database refused the transaction because of
 * another one: a deadlock or a Galera certification conflict (error 1213, SQLState 40001), or a unique key a concurrent
 * transaction won (error 1062: the retry reads the winner's row and answers as a sequential request would); or when the
 * connection was lost before the commit, which the database never received (on another node, when the driver fails
 * over; see {@link DatabaseOutage}). A failure at commit reaches it as the transaction manager's checked exception (a
 * {@code RollbackException} from a {@code @Transactional} method), so checked exceptions are looked at too.
 *
 * <p>Not retried: a lock wait timeout (error 1205), because the request has already waited the whole timeout and a
 * retry would queue again behind the same holder; a connection lost during the commit, because the database may have
 * committed and running the work again could apply it twice (it is thrown as it came, and answered 503
 * {@code outcome-unknown}); and a lost connection while the database cannot be reached, which answers 503
 * {@code database-unavailable} at once.
 */
public final class ConflictRetry {

    /** Attempts in all: enough for a burst of racing writers to drain, few enough that a caller waits little. */
    static final int ATTEMPTS = 5;

    /**
     * Attempts for work a read waits on: a catch-up slice (the event sequencer's, the statistics roller's) and the
     * statistics read itself. On a Galera cluster these collide with the catch-up of instances on other nodes, which
     * row locks do not hold off, and each collision means that other work committed; with reads and writes going on
     * through two nodes, five attempts in a row ran out and a statistics read answered 503. Twice as many, with the
     * doubling back-off, wait a few seconds at worst.
     */
    public static final int READ_ATTEMPTS = 2 * ATTEMPTS;

    /**
     * How long after the first attempt began a transaction that lost its connection may still start again: a node lost
     * under load fails its statements at once and the driver fails over in milliseconds, whereas an attempt that spent
     * this long losing its connection (a pool that could not connect, a server that hung until the watch cut it) means
     * the database is not there, and the caller is owed an answer within 2 s.
     */
    static final Duration LOST_CONNECTION_WINDOW = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);

    private ConflictRetry() {}

    /** Runs {@code transaction}, again after a conflict, at most {@link #ATTEMPTS} times in all. */
    public static <T> T call(String what, Callable<T> transaction) throws Exception {
        return call(what, ATTEMPTS, transaction);
    }

    /** {@link #call(String, Callable)} at most {@code attempts} times in all. */
    public static <T> T call(String what, int attempts, Callable<T> transaction) throws Exception {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.call();
            } catch (Exception e) {
                if (DatabaseOutage.isLostConnection(e)) {
                    if (DatabaseOutage.lostDuringCommit(e)) {
                        Metrics.counter("scfin.transaction.outcome.unknown").increment();
                        LOG.warnf("%s lost its database connection during the commit; its outcome is unknown", what);
                        throw e;
                    }
                    if (!runAgainAfterLostConnection(what, attempt, attempts, started)) {
                        throw DatabaseOutage.unavailable();
                    }
                    continue;
                }
                if (!DataConflicts.isRetryable(e)) {
                    throw e;
                }
                String cause = DataConflicts.isContention(e) ? "deadlock" : "duplicate-key";
                if (attempt == attempts) {
                    throw exhausted(what, attempts, cause, e);
                }
                Metrics.counter("scfin.transaction.retries", "cause", cause).increment();
                LOG.debugf(
                        "%s collided with a concurrent transaction (%s), attempt %d of %d",
                        what, cause, attempt, attempts);
                backOff(attempt);
            }
        }
    }

    /**
     * Whether a transaction that lost its connection before the commit runs again: not once the database is known to be
     * unreachable, nor once the request has spent {@link #LOST_CONNECTION_WINDOW} on it.
     */
    private static boolean runAgainAfterLostConnection(String what, int attempt, int attempts, long started) {
        DatabaseOutage.suspect();
        if (attempt == attempts
                || DatabaseOutage.ongoing()
                || System.nanoTime() - started > LOST_CONNECTION_WINDOW.toNanos()) {
            Metrics.counter("scfin.transaction.retries.exhausted", "cause", "connection-lost")
                    .increment();
            return false;
        }
        Metrics.counter("scfin.transaction.retries", "cause", "connection-lost").increment();
        LOG.debugf("%s lost its database connection before the commit, attempt %d of %d", what, attempt, attempts);
        backOff(attempt);
        return true;
    }

    /** {@link #call} for work that throws no checked exception. */
    public static <T> T run(String what, Supplier<T> transaction) {
        return run(what, ATTEMPTS, transaction);
    }

    /** {@link #run(String, Supplier)} at most {@code attempts} times in all. */
    public static <T> T run(String what, int attempts, Supplier<T> transaction) {
        try {
            return call(what, attempts, transaction::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The last attempt's own failure when it is a duplicate key (it becomes the usual 409); a 503 when transactions
     * kept colliding, which says nothing about the request itself, so the caller may send it again.
     */
    private static Exception exhausted(String what, int attempts, String cause, Exception last) {
        Metrics.counter("scfin.transaction.retries.exhausted", "cause", cause).increment();
        if (!DataConflicts.isContention(last)) {
            return last;
        }
        LOG.infof("%s still collided with concurrent transactions after %d attempts: %s", what, attempts, last);
        return new ProblemException(
                ProblemType.CONTENTION,
                "the request collided with concurrent changes " + attempts
                        + " times and was not applied; send it again in a moment");
    }

    /**
     * A jittered wait that doubles with each attempt, so that racers that collided do not collide again in lockstep.
     */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
