/**
 * Reaching the database: a watch that looks at it a few times a second and decides when an outage begins and ends
 * ({@link org.scfin.database.DatabaseWatch}), the pooled connections it cuts when the database stops answering, so that
 * no request waits on a socket that will not answer ({@link org.scfin.database.PooledConnections}), the answer 503
 * {@code database-unavailable} given at once to requests meanwhile ({@link org.scfin.database.DatabaseGate}),
 * readiness, which is down for as long ({@link org.scfin.database.DatabaseReadiness}), and the skipped runs of
 * background jobs ({@link org.scfin.database.DatabaseUnreachable}). Which failures mean the database could not be
 * reached is decided in {@link org.scfin.common.DatabaseOutage}.
 */
package org.scfin.database;
