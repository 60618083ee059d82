package org.scfin.database;

import com.mysql.cj.jdbc.JdbcConnection;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.scfin.common.DatabaseOutage;

/**
 * Looks at the database every {@link #ROUND} over a connection of its own (outside the pool, so a drained or flushed
 * pool never blinds it) and decides when an outage begins and ends.
 *
 * <p>A look is a ping that must answer within {@link #PING_TIMEOUT}; a server that is up answers a ping in milliseconds
 * even under load, since a ping takes no lock. When it does not answer, the watch connects afresh, within
 * {@link #CONNECT_TIMEOUT} (through a failover URL, to the next node that answers). When that fails too, the database
 * cannot be reached: the outage begins ({@link DatabaseOutage}), and every pooled connection is cut, so that requests
 * waiting on a frozen server fail now instead of at the socket timeout. When the fresh connection reaches another node,
 * only the pooled connections to the node that stopped answering are cut. The outage ends at the first look that
 * succeeds, at most {@link #ROUND} after the database is back; the pool then opens new connections as requests come. A
 * request that loses its connection wakes the watch at once ({@link DatabaseOutage#suspect}).
 */
@ApplicationScoped
public class DatabaseWatch {

    static final Duration ROUND = Duration.ofMillis(250);
    static final Duration PING_TIMEOUT = Duration.ofMillis(500);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** How long a request waits for a pooled connection once the service runs (see application.properties). */
    @ConfigProperty(name = "scf.database.acquisition-timeout")
    Duration acquisitionTimeout;

    @Inject
    AgroalDataSource pool;

    @Inject
    PooledConnections connections;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** Touched by the watch's thread only. */
    private Connection connection;

    private long unreachableSince;

    void start(@Observes StartupEvent started) {
        pool.getConfiguration().connectionPoolConfiguration().setAcquisitionTimeout(acquisitionTimeout);
        DatabaseOutage.reachable(true);
        DatabaseOutage.whenSuspected(wake::release);
        Metrics.gauge("scfin.database.reachable", wake, w -> DatabaseOutage.ongoing() ? 0 : 1);
        running = true;
        thread = new Thread(this::watch, "database-watch");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        DatabaseOutage.whenSuspected(() -> {});
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void watch() {
        try {
            while (running) {
                look();
                wake.tryAcquire(ROUND.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    private void look() {
        String host = null;
        if (connection != null) {
            // the server it talks to now, not the failover proxy, which would try the other hosts within the ping
            JdbcConnection server = ((JdbcConnection) connection).getActiveMySQLConnection();
            host = server.getHostPortPair();
            try {
                server.pingInternal(false, (int) PING_TIMEOUT.toMillis());
                reachable();
                return;
            } catch (SQLException | RuntimeException silent) {
                close();
            }
        }
        try {
            connection = connect();
            String now =
                    ((JdbcConnection) connection).getActiveMySQLConnection().getHostPortPair();
            if (host != null && !host.equals(now)) {
                String lost = host;
                int cut = connections.cut(c -> lost.equals(c.getHostPortPair()));
                LOG.warnf("The database at %s stopped answering; %d pooled connections to it were cut", lost, cut);
                pool.flush(AgroalDataSource.FlushMode.INVALID);
            }
            reachable();
        } catch (SQLException | RuntimeException e) {
            unreachable(e);
        }
    }

    private void reachable() {
        if (DatabaseOutage.ongoing()) {
            DatabaseOutage.reachable(true);
            LOG.infof(
                    "The database answers again, after %d ms: requests are served",
                    (System.nanoTime() - unreachableSince) / 1_000_000);
        }
    }

    private void unreachable(Exception e) {
        if (DatabaseOutage.ongoing()) {
            return;
        }
        unreachableSince = System.nanoTime();
        DatabaseOutage.reachable(false);
        int cut = connections.cut(c -> true);
        pool.flush(AgroalDataSource.FlushMode.INVALID);
        LOG.errorf(
                "The database cannot be reached (%s); %d pooled connections were cut, and requests are answered 503"
                        + " until it answers again",
                firstLine(e), cut);
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user.orElse(""));
        properties.setProperty("password", password.orElse(""));
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        // the handshake of a server that accepts connections but does not run (a frozen one) waits this long
        properties.setProperty("socketTimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        // one round over the hosts of a failover URL, not the driver's 120
        properties.setProperty("retriesAllDown", "1");
        return DriverManager.getConnection(url, properties);
    }

    private void close() {
        if (connection == null) {
            return;
        }
        try {
            ((JdbcConnection) connection).getActiveMySQLConnection().abortInternal();
        } catch (SQLException | RuntimeException alreadyGone) {
            // nothing left to close
        }
        connection = null;
    }

    private static String firstLine(Exception e) {
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        return message.lines().findFirst().orElse(message);
    }
}
