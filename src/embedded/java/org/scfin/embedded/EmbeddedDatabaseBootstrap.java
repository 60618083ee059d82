package org.scfin.embedded;

import java.nio.file.Path;
import org.scfin.DatabaseBootstrap;

/**
 * Starts the embedded server for {@code scripts/run} when no external database is configured, and points the datasource
 * at it through system properties (which outrank {@code application.properties}).
 */
public class EmbeddedDatabaseBootstrap implements DatabaseBootstrap {

    @Override
    public void start() {
        String dataRoot = System.getProperty("scf.embedded-db.dir", "data/mariadb");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(dataRoot));
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl("scf"));
        System.setProperty("quarkus.datasource.username", db.user());
        System.setProperty("quarkus.datasource.password", db.password());
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-mariadb-stop"));
    }
}
