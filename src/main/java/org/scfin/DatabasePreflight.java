package org.scfin;

import com.mysql.cj.conf.ConnectionUrl;
import com.mysql.cj.conf.HostInfo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Connects once to the database named by {@code DB_URL} before Quarkus starts. A misconfigured URL or account then ends
 * the start with one sentence that says what is wrong and which setting to check, instead of Flyway's stack trace after
 * the connection pool has waited out its timeout. The sentence never holds the password, nor the URL itself (which may
 * carry one).
 */
final class DatabasePreflight {

    /**
     * How long each host may take to accept the connection and to answer: long enough for a remote node under load,
     * short enough that a blackholed address fails the start in seconds (the driver waits without a limit by default).
     */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private static final int ACCESS_DENIED = 1045;
    private static final int DATABASE_ACCESS_DENIED = 1044;
    private static final int UNKNOWN_DATABASE = 1049;

    private DatabasePreflight() {}

    /** What keeps the service from using the database, in the operator's words; empty when a connection was made. */
    static Optional<String> problem(String url, String user, String password) {
        ConnectionUrl parsed;
        try {
            parsed = ConnectionUrl.getConnectionUrlInstance(url, new Properties());
        } catch (RuntimeException e) {
            return Optional.of("DB_URL is not a MySQL JDBC URL (jdbc:mysql://host:port/database): check DB_URL");
        }
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT.toMillis()));
        // one round over the hosts of a failover URL, not the driver's 120 rounds 250 ms apart (30 s)
        properties.setProperty("retriesAllDown", "1");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(describe(e, parsed, user));
        }
    }

    private static String describe(SQLException e, ConnectionUrl url, String user) {
        List<HostInfo> hosts = url.getHostsList();
        String where = hosts.stream().map(HostInfo::getHostPortPair).collect(Collectors.joining(", "));
        String database = hosts.isEmpty() ? "" : hosts.get(0).getDatabase();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e.getErrorCode() == ACCESS_DENIED || state.startsWith("28")) {
            return "the database at " + where + " refused the credentials of user '" + user
                    + "': check DB_USER and DB_PASSWORD";
        }
        if (e.getErrorCode() == UNKNOWN_DATABASE) {
            return "database '" + database + "' does not exist at " + where + ": check the database name in DB_URL";
        }
        if (e.getErrorCode() == DATABASE_ACCESS_DENIED) {
            return "user '" + user + "' may not use database '" + database + "' at " + where
                    + ": check DB_USER and the user's grants";
        }
        if (state.startsWith("08")) {
            String within = " within " + TIMEOUT.toSeconds() + " s: check DB_URL and that ";
            return hosts.size() == 1
                    ? "the database host " + where + " in DB_URL could not be reached" + within + "the database is up"
                    : "none of the database hosts " + where + " in DB_URL could be reached" + within
                            + "at least one node is up";
        }
        return "could not connect to the database at " + where + " as user '" + user + "' (" + e.getMessage()
                + ", SQLState " + state + ", error " + e.getErrorCode() + "): check DB_URL, DB_USER and DB_PASSWORD";
    }
}
