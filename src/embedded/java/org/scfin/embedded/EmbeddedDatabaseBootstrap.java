package org.scfin.embedded;

import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.scfin.DatabaseBootstrap;

/**
 * Starts the embedded server for {@code scripts/run} when no external database is configured, and points the datasource
 * at it through system properties (which outrank {@code application.properties}). A server that dies is started again;
 * when it cannot be, the service ends with one line and exit code 1, so that whatever runs it can start both anew,
 * instead of answering every request with an error while its liveness stays up.
 */
public class EmbeddedDatabaseBootstrap implements DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseBootstrap.class);

    @Override
    public void start() {
        String dataRoot = System.getProperty("scf.embedded-db.dir", "data/mariadb");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(dataRoot));
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl("scf"));
        System.setProperty("quarkus.datasource.username", db.user());
        System.setProperty("quarkus.datasource.password", db.password());
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-mariadb-stop"));
        db.supervise(problem -> {
            LOG.error(problem);
            System.exit(1);
        });
    }
}
