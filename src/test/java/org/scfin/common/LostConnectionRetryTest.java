package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mysql.cj.jdbc.JdbcConnection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;

/**
 * A transaction whose connection the database drops (KILL CONNECTION, as a crashed or failed-over node would) is run
 * again as a whole when the connection went while its statements ran: the database never received the commit. When the
 * connection goes during the commit, the outcome is unknown and the work is not run again: the caller gets 503
 * {@code outcome-unknown} with {@code Retry-After}.
 */
@QuarkusTest
class LostConnectionRetryTest {

    @Inject
    LosesItsConnection work;

    @Inject
    Killer killer;

    @BeforeEach
    void scratchTable() throws SQLException {
        killer.execute("create table if not exists lost_connection_probe (marker varchar(64) primary key)");
        killer.warm();
        work.reset();
    }

    @Test
    void aConnectionLostBeforeTheCommitRunsTheWholeTransactionAgainOnce() throws SQLException {
        String marker = "before-" + Fixtures.shortId();

        work.loseConnectionThenWrite(marker);

        assertThat(work.attempts())
                .as("the first attempt lost its connection, the second ran")
                .isEqualTo(2);
        assertThat(killer.rows(marker)).isEqualTo(1);
    }

    @Test
    void aStatementClosedUnderItByAFailoverRunsTheWholeTransactionAgainOnce() throws SQLException {
        String marker = "cut-" + Fixtures.shortId();

        work.prepareThenLoseConnectionThenWrite(marker);

        assertThat(work.attempts())
                .as("the first attempt's statement was closed under it, the second ran")
                .isEqualTo(2);
        assertThat(killer.rows(marker)).isEqualTo(1);
    }

    @Test
    void aConnectionLostDuringTheCommitIsNotRunAgainAndSaysTheOutcomeIsUnknown() throws SQLException {
        String marker = "during-" + Fixtures.shortId();

        Throwable thrown = catchThrowable(() -> work.writeThenLoseConnectionAtCommit(marker));

        assertThat(DatabaseOutage.lostDuringCommit(thrown)).as("%s", thrown).isTrue();
        Response answer = new ProblemMappers().unexpected(thrown, null);
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) answer.getEntity()).type()).isEqualTo(ProblemType.OUTCOME_UNKNOWN.uri());
        assertThat(work.attempts()).as("never run a second time").isEqualTo(1);
        assertThat(killer.rows(marker))
                .as("here the server rolled back: the killed session's commit never ran")
                .isZero();
    }

    /** Transactions that lose their connection on their first attempt, run through the retry of whole transactions. */
    @ApplicationScoped
    @RetriedOnConflict
    static class LosesItsConnection {

        private final AtomicInteger attempts = new AtomicInteger();

        @Inject
        EntityManager em;

        @Inject
        TransactionSynchronizationRegistry transaction;

        @Inject
        Killer killer;

        int attempts() {
            return attempts.get();
        }

        void reset() {
            attempts.set(0);
        }

        @Transactional
        public void loseConnectionThenWrite(String marker) {
            int attempt = attempts.incrementAndGet();
            long session = session();
            if (attempt == 1) {
                killer.kill(session);
            }
            insert(marker);
        }

        /**
         * The first attempt's statement is closed under it before it runs, as the driver closes the statements of a
         * connection it fails over from (a node lost under load): the driver says "statement closed", with its
         * catch-all SQLState, and the statement never reached the server.
         */
        @Transactional
        public void prepareThenLoseConnectionThenWrite(String marker) {
            int attempt = attempts.incrementAndGet();
            em.unwrap(Session.class).doWork(connection -> {
                // the driver's own statement: the pool's wrapper would report the close in words of its own
                try (PreparedStatement insert = connection
                        .unwrap(JdbcConnection.class)
                        .prepareStatement("insert into lost_connection_probe (marker) values (?)")) {
                    if (attempt == 1) {
                        insert.close();
                    }
                    insert.setString(1, marker);
                    insert.executeUpdate();
                }
            });
        }

        @Transactional
        public void writeThenLoseConnectionAtCommit(String marker) {
            attempts.incrementAndGet();
            insert(marker);
            long session = session();
            // interposed synchronizations run after Hibernate's flush, just before the connection commits
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    killer.kill(session);
                }

                @Override
                public void afterCompletion(int status) {}
            });
        }

        private long session() {
            return ((Number) em.createNativeQuery("select connection_id()").getSingleResult()).longValue();
        }

        private void insert(String marker) {
            em.createNativeQuery("insert into lost_connection_probe (marker) values (?1)")
                    .setParameter(1, marker)
                    .executeUpdate();
        }
    }

    /** Acts on the database from a connection of its own, outside the pool and its transactions. */
    @ApplicationScoped
    static class Killer {

        @ConfigProperty(name = "quarkus.datasource.jdbc.url")
        String url;

        @ConfigProperty(name = "quarkus.datasource.username")
        String user;

        @ConfigProperty(name = "quarkus.datasource.password")
        Optional<String> password;

        /** Kept open, so that a kill costs the transaction being killed no connection handshake. */
        private Connection admin;

        synchronized void warm() throws SQLException {
            if (admin == null) {
                admin = DriverManager.getConnection(url, user, password.orElse(""));
            }
        }

        /** Kills the session and waits until the server has closed it. */
        synchronized void kill(long session) {
            try {
                warm();
                try (Statement statement = admin.createStatement()) {
                    statement.execute("kill connection " + session);
                }
                for (int i = 0; i < 200 && alive(admin, session); i++) {
                    Thread.sleep(10);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        int rows(String marker) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
                    PreparedStatement query = connection.prepareStatement(
                            "select count(*) from lost_connection_probe where marker = ?")) {
                query.setString(1, marker);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }

        private static boolean alive(Connection connection, long session) throws SQLException {
            try (PreparedStatement query =
                    connection.prepareStatement("select count(*) from information_schema.processlist where id = ?")) {
                query.setLong(1, session);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            }
        }
    }
}
