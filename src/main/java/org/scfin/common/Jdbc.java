package org.scfin.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Plain JDBC on the transaction's own connection, for the hot statements on tables no entity maps (idempotency
 * records, the statistics ledger). A Hibernate native query would flush the session first, resolve the result types
 * anew on each run (creating exceptions along the way), and after any write invalidate the whole second-level
 * cache; none of that is needed here. Pending entity changes are not flushed, so these statements must not depend on
 * them.
 */
public final class Jdbc {

    private Jdbc() {
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
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
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
     * per value: in a 1,000-row batch that was the largest share of the driver's allocations.
     */
    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i] instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : params[i];
            statement.setObject(i + 1, value);
        }
    }
}
