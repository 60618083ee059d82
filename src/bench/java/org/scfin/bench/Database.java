package org.scfin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain JDBC to the service's database server, with the driver settings the service uses (application.properties), so
 * the ceiling and the service talk to the server the same way.
 */
final class Database {

    private static final Pattern URL = Pattern.compile("^(jdbc:mysql://[^/]+/)([^?]*)(\\?.*)?$");
    private static final String SERVICE_SETTINGS =
            "rewriteBatchedStatements=true&cachePrepStmts=true&useServerPrepStmts=false"
                    + "&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096&useLocalSessionState=true&useLocalTransactionState=true"
                    + "&cacheServerConfiguration=true&cacheResultSetMetadata=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                    + "&forceConnectionTimeZoneToSession=true";

    private final String server;
    private final String query;
    final String schema;
    private final String user;
    private final String password;

    Database(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:mysql://host:port/database URL: " + jdbcUrl);
        }
        this.server = m.group(1);
        this.schema = m.group(2);
        this.query = m.group(3) == null ? "?" : m.group(3) + "&";
        this.user = System.getenv().getOrDefault("DB_USER", "root");
        this.password = System.getenv().getOrDefault("DB_PASSWORD", "");
    }

    /** A connection to {@code database} on the same server, in READ COMMITTED like the service's pool. */
    Connection connect(String database) throws SQLException {
        Connection c = DriverManager.getConnection(server + database + query + SERVICE_SETTINGS, user, password);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return c;
    }

    Connection connect() throws SQLException {
        return connect(schema);
    }

    /** Rows of a query as column-to-value maps. */
    List<Map<String, Object>> rows(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    long number(String sql) {
        Object value = rows(sql).get(0).values().iterator().next();
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The server's cumulative statement counters, to count what a scenario cost the database. */
    Map<String, Long> statusCounters() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map<String, Object> row :
                rows("show global status where variable_name in ('Questions', 'Com_select', 'Com_insert', 'Com_update',"
                        + " 'Com_commit', 'Com_set_option', 'Innodb_row_lock_waits', 'Innodb_row_lock_time')")) {
            out.put(String.valueOf(row.get("Variable_name")), Long.valueOf(String.valueOf(row.get("Value"))));
        }
        return out;
    }
}
