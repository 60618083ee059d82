package org.scfin;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.ServiceLoader;
import org.scfin.security.TokenCommand;

/**
 * Entry point. {@code token ROLE [ID]} prints a locally signed token and exits; {@code embedded-db} starts only the
 * embedded database, prints its JDBC URL and runs until stopped (the benchmark harness starts services against it);
 * otherwise, with no {@code DB_URL}, the embedded database is started before Quarkus so the datasource can point at it.
 */
@QuarkusMain
public final class ScfMain {

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
        }
        Quarkus.run(args);
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
