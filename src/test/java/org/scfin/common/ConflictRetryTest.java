package org.scfin.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scfin.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * A write that the database refuses because it collided with another transaction (a deadlock here; on Galera a
 * certification conflict, the same error 1213) is run again as a whole, on fresh state, and applied once; when the
 * collisions go on, the caller gets 503 with {@code Retry-After}, never a 500.
 */
@QuarkusTest
class ConflictRetryTest {

    private static final String REGION = "620302";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /**
     * A real InnoDB deadlock. The test's transaction holds the index gap where the bank's new credit code goes; the
     * API's update locks the bank's row, then queues for that gap; then the test asks for the bank's row, and InnoDB
     * must roll one of the two back. It rolls back the lighter: the test's transaction changed another row many times,
     * so the API's is the victim. The test then changes the bank's version and commits, so an attempt that did not read
     * the row again would fail its version check.
     */
    @Test
    void aDeadlockedUpdateRunsAgainOnFreshStateAndSucceedsOnce() throws Exception {
        String bank = Fixtures.bank(REGION);
        String newCode = CreditCodes.random(REGION);
        int versionBefore = version(bank);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            makeHeavy(holder);
            try (PreparedStatement gap =
                    prepared(holder, "select id from bank where credit_code = ? for update", newCode)) {
                assertThat(gap.executeQuery().next())
                        .as("the new credit code is free")
                        .isFalse();
            }
            Future<Response> changed = caller.submit(() -> change(bank, "更名银行", newCode));
            awaitWaiting(holder, "update bank %", bank);
            query(holder, "select id from bank where id = ? for update", bank);
            update(holder, "update bank set version = version + 1 where id = ?", bank);
            holder.commit();

            Response response = changed.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            assertThat(response.jsonPath().getString("name")).isEqualTo("更名银行");
            assertThat(response.jsonPath().getString("creditCode")).isEqualTo(newCode);
        } finally {
            caller.shutdownNow();
        }
        assertThat(version(bank))
                .as("the test's change and one update of the retry")
                .isEqualTo(versionBefore + 2);
    }

    /**
     * A real deadlock on a keyed POST, its effects counted. The test's transaction holds the receivable's row; the
     * API's confirmation claims its key, then queues for the receivable; then the test reads the key's record with a
     * lock, and InnoDB rolls the lighter transaction back: the API's, claim and all. Its retry claims the key afresh
     * and confirms once: one history entry, one event, one record of the key.
     */
    @Test
    void aDeadlockedKeyedConfirmationIsAppliedExactlyOnce() throws Exception {
        Fixtures.Pair pair = Fixtures.pair();
        String receivable = Fixtures.submittedReceivable(pair, "3000.00");
        String key = "confirm-" + Fixtures.shortId();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            makeHeavy(holder);
            query(holder, "select id from receivable where id = ? for update", receivable);
            Future<Response> confirmed = caller.submit(() -> confirm(pair, receivable, key));
            awaitWaiting(holder, "select id from receivable where id = %", receivable);
            try (PreparedStatement claim = prepared(
                    holder, "select state from idempotency_record where idempotency_key = ? for update", key)) {
                assertThat(claim.executeQuery().next())
                        .as("the API's claim rolled back with it")
                        .isFalse();
            }
            holder.rollback();

            Response response = confirmed.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            assertThat(response.jsonPath().getString("status")).isEqualTo("CONFIRMED");
        } finally {
            caller.shutdownNow();
        }
        Response replay = confirm(pair, receivable, key);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(count(
                            connection,
                            "select count(*) from receivable_history where receivable_id = ? and action = 'CONFIRMED'",
                            receivable))
                    .isEqualTo(1);
            assertThat(count(
                            connection,
                            "select count(*) from event where subject_id = ? and event_type = 'RECEIVABLES_CONFIRMED'",
                            receivable))
                    .isEqualTo(1);
            assertThat(count(connection, "select count(*) from idempotency_record where idempotency_key = ?", key))
                    .isEqualTo(1);
        }
    }

    @Test
    void conflictsThatOutlastTheAttemptsAnswer503WithRetryAfterAndChangeNothing() throws Exception {
        String bank = Fixtures.bank(REGION);
        String nameBefore =
                as(Tokens.admin()).get("/api/v1/banks/" + bank).then().extract().path("name");
        try (AlwaysDeadlocks trigger = new AlwaysDeadlocks("before update", "new.id = '" + bank + "'")) {
            Response response = rename(bank, "不会生效");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isEqualTo("1");
            assertThat(response.jsonPath().getString("type")).isEqualTo("https://scfin.org/problems/contention");
        }
        assertThat(given().get(metrics).then().statusCode(200).extract().asString())
                .as("operators see the retries and the ones that ran out")
                .contains("scfin_transaction_retries_total{cause=\"deadlock\"")
                .contains("scfin_transaction_retries_exhausted_total{cause=\"deadlock\"");
        assertThat((String) as(Tokens.admin())
                        .get("/api/v1/banks/" + bank)
                        .then()
                        .extract()
                        .path("name"))
                .isEqualTo(nameBefore);
    }

    /**
     * Work a read waits on (a catch-up slice, a statistics read) outlasts twice the collisions a request's write does:
     * on a cluster its collisions are with other nodes' catch-up that committed.
     */
    @Test
    void workAReadWaitsOnIsTriedTwiceAsOftenAsARequestsWrite() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException collision = new IllegalStateException(new SQLException("Deadlock found", "40001", 1213));
        Supplier<Integer> collidesNineTimes = () -> {
            if (tries.incrementAndGet() < 10) {
                throw collision;
            }
            return tries.get();
        };
        assertThat(ConflictRetry.run("catch-up slice", ConflictRetry.READ_ATTEMPTS, collidesNineTimes))
                .isEqualTo(10);
        tries.set(0);
        assertThatThrownBy(() -> ConflictRetry.run("write", collidesNineTimes)).isInstanceOf(ProblemException.class);
        assertThat(tries).hasValue(ConflictRetry.ATTEMPTS);
    }

    /** The 503 of a keyed POST is not kept for replay: the request did not run, and the same key carries it again. */
    @Test
    void aKeyedPostRefusedWith503RunsWhenItsKeyIsSentAgain() throws Exception {
        String name = "银行-" + Fixtures.shortId();
        Map<String, Object> body = Map.of(
                "name",
                name,
                "creditCode",
                CreditCodes.random(REGION),
                "regionCode",
                REGION,
                "type",
                "CITY_COMMERCIAL");
        String key = "retry-" + Fixtures.shortId();
        try (AlwaysDeadlocks trigger = new AlwaysDeadlocks("before insert", "new.name = '" + name + "'")) {
            Response refused =
                    as(Tokens.admin()).header("Idempotency-Key", key).body(body).post("/api/v1/banks");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
        }
        Response created =
                as(Tokens.admin()).header("Idempotency-Key", key).body(body).post("/api/v1/banks");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(count(connection, "select count(*) from bank where name = ?", name))
                    .isEqualTo(1);
        }
    }

    /**
     * A trigger that fails every change of the rows it matches with the error a deadlock victim or a Galera
     * certification conflict gets from the server (1213, SQLState 40001), so that every attempt collides.
     */
    private final class AlwaysDeadlocks implements AutoCloseable {

        private static final String NAME = "conflict_retry_test";

        AlwaysDeadlocks(String timing, String condition) throws SQLException {
            execute("create trigger " + NAME + " " + timing + " on bank for each row begin if " + condition
                    + " then signal sqlstate '40001' set mysql_errno = 1213,"
                    + " message_text = 'Deadlock found when trying to get lock; try restarting transaction';"
                    + " end if; end");
        }

        @Override
        public void close() throws SQLException {
            execute("drop trigger if exists " + NAME);
        }

        private void execute(String sql) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private static Response rename(String bank, String name) {
        return change(bank, name, null);
    }

    /** A PUT of the bank as it is, with another name and, unless null, another credit code. */
    private static Response change(String bank, String name, String creditCode) {
        Map<?, ?> current = as(Tokens.admin())
                .get("/api/v1/banks/" + bank)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        return as(Tokens.admin())
                .body(Map.of(
                        "name",
                        name,
                        "creditCode",
                        creditCode == null ? current.get("creditCode") : creditCode,
                        "regionCode",
                        current.get("regionCode"),
                        "type",
                        current.get("type")))
                .put("/api/v1/banks/" + bank);
    }

    /**
     * Opens a transaction on {@code holder} that has changed a row fifty times: of two deadlocked transactions InnoDB
     * rolls back the one that did less, so the API's is the victim. Repeatable read, so that a locking read of a key
     * that is not there locks the gap where it would go.
     */
    private static void makeHeavy(Connection holder) throws SQLException {
        String ballast = Fixtures.bank(REGION);
        holder.setAutoCommit(false);
        holder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        for (int i = 0; i < 50; i++) {
            update(holder, "update bank set name = ? where id = ?", "重-" + i, ballast);
        }
    }

    private static Response confirm(Fixtures.Pair pair, String receivable, String key) {
        return as(pair.erpToken()).header("Idempotency-Key", key).post("/api/v1/receivables/{id}/confirm", receivable);
    }

    private int version(String bank) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, "select version from bank where id = ?", bank);
        }
    }

    /**
     * Waits until another connection runs a statement like {@code pattern} naming {@code id}, then a little longer so
     * that it has queued for its lock (a transaction that only waits is not listed among InnoDB's transactions, but its
     * statement shows).
     */
    private static void awaitWaiting(Connection holder, String pattern, String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count(
                        holder,
                        "select count(*) from information_schema.processlist"
                                + " where id <> connection_id() and info like ? and info like ?",
                        pattern,
                        "%" + id + "%")
                == 0) {
            assertThat(System.nanoTime()).as("the API's statement runs").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(300);
    }

    private static void query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as(sql).isTrue();
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static int count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
