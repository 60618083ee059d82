package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/**
 * A Galera certification conflict arrives at commit, and Narayana reports it as a {@code RollbackException} ("could not
 * commit") with the driver's 1213 suppressed under it, not as its cause. The chain below is the one a two-node race
 * logged on the cluster ({@code scripts/cluster}); it cannot be made on one server, where a deadlock surfaces at a
 * statement, so it is built here as the cluster reported it.
 */
class CommitConflictTest {

    private static RuntimeException refusedCommit(int errorCode, String sqlState) {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", sqlState, errorCode));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        return new IllegalStateException("commit failed", rollback);
    }

    @Test
    void aDeadlockSuppressedUnderAFailedCommitIsAContention() {
        assertThat(DataConflicts.isContention(refusedCommit(1213, "40001"))).isTrue();
        assertThat(DataConflicts.isRetryable(refusedCommit(1213, "40001"))).isTrue();
        assertThat(DataConflicts.sqlCause(refusedCommit(1213, "40001")))
                .get()
                .extracting(SQLException::getErrorCode)
                .isEqualTo(1213);
    }

    @Test
    void anotherErrorSuppressedUnderAFailedCommitIsNot() {
        RuntimeException lost = refusedCommit(0, "08S01");
        assertThat(DataConflicts.isContention(lost)).isFalse();
        assertThat(DataConflicts.isRetryable(lost)).isFalse();
    }

    @Test
    void aCommitRefusedForAConflictRunsAgainAndSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        String answer = ConflictRetry.call("commit-conflict", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw refusedCommit(1213, "40001");
            }
            return "applied";
        });
        assertThat(answer).isEqualTo("applied");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aCommitThatFailsForAnotherReasonIsNotRunAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.call("commit-lost", () -> {
                    attempts.incrementAndGet();
                    throw refusedCommit(0, "08S01");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
