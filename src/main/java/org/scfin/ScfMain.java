package org.scfin;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ServiceLoader;
import org.scfin.security.TokenCommand;

/**
 * Entry point. {@code token ROLE [ID]} prints a locally signed token and exits; {@code embedded-db} starts only the
 * embedded database, prints its JDBC URL and runs until stopped (the benchmark harness starts services against it);
 * otherwise, with no {@code DB_URL}, the embedded database is started before Quarkus so the datasource can point at it,
 * and with one, the service does not start unless that database accepts a connection ({@link DatabasePreflight}).
 */
@QuarkusMain
public final class ScfMain {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    public static void main(String... args) {
        if (args.length > 0 && "token".equals(args[0])) {
            System.exit(TokenCommand.run(args));
        }
        if (args.length > 0 && "embedded-db".equals(args[0])) {
            embeddedDatabase().start();
            System.out.println(System.getProperty("quarkus.datasource.jdbc.url"));
            waitUntilStopped();
        }
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            embeddedDatabase().start();
        } else {
            refuseUnusableDatabase(dbUrl);
        }
        Quarkus.run(args);
    }

    /**
     * Ends the process with one line when the configured database cannot be used. The account's defaults are those of
     * {@code application.properties}. Quarkus sets up logging only once it runs, so the line is written here in the
     * format of its console log.
     */
    private static void refuseUnusableDatabase(String dbUrl) {
        String user = envOr("DB_USER", "root");
        DatabasePreflight.problem(dbUrl, user, envOr("DB_PASSWORD", "")).ifPresent(problem -> {
            System.err.printf(
                    "%s ERROR [%s] (main) Not starting: %s%n",
                    LocalDateTime.now().format(LOG_TIME), ScfMain.class.getName(), problem);
            System.exit(1);
        });
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static DatabaseBootstrap embeddedDatabase() {
        return ServiceLoader.load(DatabaseBootstrap.class)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("DB_URL is not set and this build has no embedded database"));
    }

    /** Until the process is stopped; the bootstrap's shutdown hook then stops the database. */
    private static void waitUntilStopped() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
