package org.scfin.common;

import io.micrometer.core.instrument.Metrics;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one retry policy for whole transactions. {@code transaction} must open its transaction and end it (commit or roll
 * back) before it returns or throws; a failure is retried only when the database refused the transaction because of
 * another one: a deadlock or a Galera certification conflict (error 1213, SQLState 40001), or a unique key a concurrent
 * transaction won (error 1062: the retry reads the winner's row and answers as a sequential request would).
 *
 * <p>Not retried: a lock wait timeout (error 1205), because the request has already waited the whole timeout and a
 * retry would queue again behind the same holder; and a connection lost mid-transaction, because the driver reports it
 * the same way during a statement and during the commit, and after a commit was sent the outcome is unknown, so running
 * the work again could apply it twice.
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

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);

    private ConflictRetry() {}

    /** Runs {@code transaction}, again after a conflict, at most {@link #ATTEMPTS} times in all. */
    public static <T> T call(String what, Callable<T> transaction) throws Exception {
        return call(what, ATTEMPTS, transaction);
    }

    /** {@link #call(String, Callable)} at most {@code attempts} times in all. */
    public static <T> T call(String what, int attempts, Callable<T> transaction) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.call();
            } catch (RuntimeException e) {
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
    private static RuntimeException exhausted(String what, int attempts, String cause, RuntimeException last) {
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
