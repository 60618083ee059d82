package org.scfin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfin.embedded.EmbeddedMariaDb;

/**
 * Starts the service in its own JVM against a database it cannot use, as an operator would, and checks that it ends at
 * once with one line that names the problem, a non-zero exit and no stack trace. The server is one of its own: the
 * suite's embedded MariaDB accepts any credentials, and checking them here must not change that one.
 */
class MisconfiguredDatabaseTest {

    private static final String USER = "scf_app";
    private static final String USER_WITHOUT_GRANTS = "scf_nobody";
    private static final String PASSWORD = "the-right-password";
    private static final String WRONG_PASSWORD = "a-wrong-password-4711";
    private static final long MAX_SECONDS = 30;

    private static EmbeddedMariaDb db;

    @BeforeAll
    static void startServerThatChecksCredentials() throws SQLException {
        db = EmbeddedMariaDb.start(Path.of("target", "test-db-misconfigured").toAbsolutePath());
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("scf"), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            // the embedded server starts without grant tables; this loads them, so passwords are checked from now on
            statement.execute("FLUSH PRIVILEGES");
            statement.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
            statement.execute("GRANT ALL ON *.* TO '" + USER + "'@'%'");
            statement.execute(
                    "CREATE USER IF NOT EXISTS '" + USER_WITHOUT_GRANTS + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
        }
    }

    @AfterAll
    static void stopServer() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void anUnreachableHostEndsTheStartWithOneLine() throws Exception {
        int dead = freePort();
        Run run = start(Map.of("DB_URL", "jdbc:mysql://127.0.0.1:" + dead + "/scf"));

        run.assertRefusedWithOneLine("the database host 127.0.0.1:" + dead + " in DB_URL could not be reached");
    }

    @Test
    void aFailoverUrlWithNoReachableNodeNamesEveryHost() throws Exception {
        int first = freePort();
        int second = freePort();
        Run run = start(Map.of("DB_URL", "jdbc:mysql://127.0.0.1:" + first + ",127.0.0.1:" + second + "/scf"));

        run.assertRefusedWithOneLine("none of the database hosts 127.0.0.1:" + first + ", 127.0.0.1:" + second
                + " in DB_URL could be reached");
    }

    @Test
    void wrongCredentialsNameTheUserButNotThePassword() throws Exception {
        Run run = start(Map.of("DB_URL", urlOf("scf"), "DB_USER", USER, "DB_PASSWORD", WRONG_PASSWORD));

        run.assertRefusedWithOneLine("refused the credentials of user '" + USER + "': check DB_USER and DB_PASSWORD");
        assertThat(run.output).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
    }

    @Test
    void anUnknownDatabaseIsNamed() throws Exception {
        Run run = start(Map.of("DB_URL", urlOf("no_such_db"), "DB_USER", USER, "DB_PASSWORD", PASSWORD));

        run.assertRefusedWithOneLine("database 'no_such_db' does not exist at 127.0.0.1:");
        assertThat(run.output).doesNotContain(PASSWORD);
    }

    @Test
    void aDatabaseTheUserMayNotUseNamesUserAndDatabase() throws Exception {
        Run run = start(Map.of("DB_URL", urlOf("scf"), "DB_USER", USER_WITHOUT_GRANTS, "DB_PASSWORD", PASSWORD));

        run.assertRefusedWithOneLine("user '" + USER_WITHOUT_GRANTS + "' may not use database 'scf' at 127.0.0.1:");
        assertThat(run.output).doesNotContain(PASSWORD);
    }

    /** The server's URL without {@code createDatabaseIfNotExist}, as an operator would write it. */
    private static String urlOf(String database) {
        return db.jdbcUrl(database).replace("createDatabaseIfNotExist=true&", "");
    }

    private static Run start(Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(Path.of("target"), "misconfigured-", ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(), "-cp", System.getProperty("java.class.path"), ScfMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD"));
        builder.environment().putAll(env);
        // should the service start after all, it must not collide with the suite's ports
        builder.environment().put("PORT", String.valueOf(freePort()));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(freePort()));
        Process process = builder.start();
        boolean ended = process.waitFor(MAX_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Run(ended, ended ? process.exitValue() : -1, output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Run(boolean ended, int exitCode, String output) {

        void assertRefusedWithOneLine(String problem) {
            assertThat(ended)
                    .as("ended within %d s; output:%n%s", MAX_SECONDS, output)
                    .isTrue();
            assertThat(exitCode).as(output).isNotZero();
            assertThat(output.strip().lines().toList())
                    .as("the whole output")
                    .singleElement()
                    .asString()
                    .contains(" ERROR ")
                    .contains(problem);
            assertThat(output).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }
}
