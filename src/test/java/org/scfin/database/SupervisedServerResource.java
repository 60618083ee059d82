package org.scfin.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;
import org.scfin.embedded.EmbeddedMariaDb;
import org.scfin.testing.DatabaseTestResource;

/**
 * Starts an embedded MariaDB on a clean data directory of its own and supervises it as the service does in embedded
 * mode ({@code EmbeddedDatabaseBootstrap}), so that a test can freeze or kill it without disturbing the suite's server.
 */
public class SupervisedServerResource implements QuarkusTestResourceLifecycleManager {

    /** Where the server keeps its data and its pid file ({@code mariadb.pid}), which the tests signal. */
    static final Path ROOT = Path.of("target", "test-db-supervised").toAbsolutePath();

    private static final Logger LOG = Logger.getLogger(SupervisedServerResource.class);

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        DatabaseTestResource.deleteTree(ROOT.resolve("db"));
        db = EmbeddedMariaDb.start(ROOT);
        db.supervise(LOG::error);
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl("scf_outage"),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }
}
