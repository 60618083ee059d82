package org.scfin.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * People often clone into the temp directory to try things; data written through {@code scripts/run} must still survive
 * a stop and a new start there, as it does anywhere else. The embedded server is started, written to, stopped and
 * started again on a data directory under {@code java.io.tmpdir}, as a checkout there would have it.
 */
class EmbeddedDataUnderTempDirTest {

    @Test
    void dataUnderTheTempDirectorySurvivesARestart() throws Exception {
        Path checkout = Files.createTempDirectory("scf-checkout-");
        Path dataRoot = checkout.resolve("data").resolve("mariadb");
        assertThat(dataRoot.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));

        try {
            writeThenReadAfterRestart(dataRoot);
        } finally {
            deleteTree(checkout);
        }
    }

    private static void writeThenReadAfterRestart(Path dataRoot) throws SQLException {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataRoot)) {
            execute(db, "CREATE TABLE kept (note VARCHAR(40) NOT NULL)");
            execute(db, "INSERT INTO kept VALUES ('written before the restart')");
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataRoot);
                Connection connection = connect(db);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).as("the row written before the restart").isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the restart");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = connect(db);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("kept"), db.user(), db.password());
    }
}
