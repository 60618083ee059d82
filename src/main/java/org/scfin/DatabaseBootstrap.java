package org.scfin;

/**
 * Starts a database before Quarkus boots when none is configured. The only implementation is the embedded MariaDB of
 * the default build; production builds have none and require {@code DB_URL}.
 */
public interface DatabaseBootstrap {

    void start();
}
