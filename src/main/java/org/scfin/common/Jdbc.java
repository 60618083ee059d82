package org.scfin.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/**
 * Plain JDBC on the transaction's own connection, for the hot statements on tables no entity maps (idempotency records,
 * the statistics ledger). A Hibernate native query would flush the session first, resolve the result types anew on each
 * run (creating exceptions along the way), and after any write invalidate the whole second-level cache; none of that is
 * needed here. Pending entity changes are not flushed, so these statements must not depend on them.
 */
public final class Jdbc {

    private Jdbc() {}

    /** {@code count} comma-separated {@code ?}: the placeholders of an {@code in (...)} list. */
    public static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** Runs an insert, update or delete with {@code ?} parameters; returns the rows changed. */
    public static int update(EntityManager em, String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, params);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Runs one insert or update for each row of parameters as a single JDBC batch: with the driver's
     * {@code rewriteBatchedStatements} an insert reaches the server as one multi-row statement.
     */
    public static void batch(EntityManager em, String sql, List<Object[]> rows) {
        em.unwrap(Session.class).doWork(connection -> batch(connection, sql, rows));
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** One statement and its rows, for {@link #batchesUnlessDuplicate}. */
    public record Batch(String sql, List<Object[]> rows) {}

    /**
     * Runs the batches in order after a savepoint. If a unique key refuses a row, undoes all of them (and nothing
     * written before) and returns false; any other failure propagates. For writes that are almost always new: the
     * unique keys check them as they are written, instead of a lookup beforehand that would read the same keys.
     */
    public static boolean batchesUnlessDuplicate(EntityManager em, List<Batch> batches) {
        // as SQL: the pool refuses Connection.rollback(Savepoint) on a connection enlisted in the JTA transaction
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement savepoint = connection.createStatement()) {
                savepoint.execute("savepoint before_batches");
                try {
                    for (Batch batch : batches) {
                        batch(connection, batch.sql(), batch.rows());
                    }
                    return true;
                } catch (SQLException e) {
                    if (!DataConflicts.isDuplicateKey(e)) {
                        throw e;
                    }
                    savepoint.execute("rollback to savepoint before_batches");
                    return false;
                }
            }
        });
    }

    /** Runs a query with {@code ?} parameters; each row as an array of its column values. */
    public static List<Object[]> query(EntityManager em, String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, params);
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    /**
     * An instant is bound as its UTC date and time, which is what the connection's time zone (UTC) stores. As a
     * {@link java.sql.Timestamp} the driver would format it through a new {@code SimpleDateFormat} and {@code Calendar}
     * per value, the largest share of the driver's allocations in a 1,000-row batch.
     */
    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value =
                    params[i] instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : params[i];
            statement.setObject(i + 1, value);
        }
    }
}
