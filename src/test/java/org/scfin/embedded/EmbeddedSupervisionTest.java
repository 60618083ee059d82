package org.scfin.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.scfin.testing.DatabaseTestResource;

/**
 * The embedded server killed while it is supervised: it is started again on the same port and data, and what was
 * committed before the kill is there; when it cannot be started again, the supervision ends with one sentence (on which
 * the service exits 1, see {@code EmbeddedDatabaseBootstrap}).
 */
class EmbeddedSupervisionTest {

    private static final Path ROOT = Path.of("target", "test-db-supervision").toAbsolutePath();

    @Test
    void aKilledServerRunsAgainWithItsCommittedDataThenGivesUpWhenItCannotStart() throws Exception {
        DatabaseTestResource.deleteTree(ROOT.resolve("db"));
        File server = ROOT.resolve("base").resolve("bin").resolve("mariadbd").toFile();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(ROOT)) {
            CompletableFuture<String> gaveUp = new CompletableFuture<>();
            db.supervise(gaveUp::complete);
            execute(db, "create table kept (note varchar(40) not null)");
            execute(db, "insert into kept values ('committed before the kill')");

            long first = db.serverProcess().orElseThrow().pid();
            kill(first);
            assertThat(noteAfterRestart(db)).isEqualTo("committed before the kill");
            assertThat(db.serverProcess().orElseThrow().pid()).isNotEqualTo(first);
            assertThat(gaveUp).isNotDone();

            assertThat(server.setExecutable(false, false)).isTrue();
            kill(db.serverProcess().orElseThrow().pid());
            String line = gaveUp.get(60, TimeUnit.SECONDS);
            assertThat(line)
                    .contains("the embedded MariaDB server died and could not be started again")
                    .doesNotContain("\n");
        } finally {
            server.setExecutable(true, false);
        }
    }

    /** The note, read as soon as the server answers again (within 60 s). */
    private static String noteAfterRestart(EmbeddedMariaDb db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl("kept"), db.user(), db.password());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select note from kept")) {
                rows.next();
                return rows.getString(1);
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("kept"), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void kill(long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", String.valueOf(pid)).start();
        assertThat(kill.waitFor()).isZero();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }
}
