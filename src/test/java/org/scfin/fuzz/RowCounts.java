package org.scfin.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Counts the rows of every table a request writes in its own transaction, straight from the database, so a refused
 * write can be shown to have left nothing behind. Left out: idempotency records (a refused request's answer is kept for
 * replay) and what the background jobs write on their own schedule (statistics roll-ups; the event sequence).
 */
final class RowCounts implements AutoCloseable {

    static final List<String> TABLES = List.of(
            "bank",
            "industrial_chain",
            "core_enterprise",
            "supplier",
            "supply_relationship",
            "receivable",
            "receivable_invoice",
            "receivable_history",
            "financing_program",
            "financing",
            "financing_receivable",
            "financing_history",
            "reference_rate",
            "rate_record",
            "event",
            "financing_fact",
            "notice",
            "credit_fact",
            "credit_consent",
            "credit_read");

    private final Connection connection;
    private final String query;

    RowCounts() throws SQLException {
        Config config = ConfigProvider.getConfig();
        connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class)
                        .orElse("root"),
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""));
        query = String.join(
                " UNION ALL ",
                TABLES.stream()
                        .map(t -> "SELECT '" + t + "', COUNT(*) FROM " + t)
                        .toList());
    }

    Map<String, Long> now() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
