/**
 * The benchmark harness behind {@code scripts/bench}: a load generator with an open model (requests sent at a fixed
 * arrival rate, latency counted from the intended send time, into HdrHistograms), the scenarios (ingestion, the
 * financing path in an open and in a closed loop, reads, statistics), the database's own ceiling for the same writes
 * over plain JDBC, the invariant checks at the end of a run, and the report (JSON, markdown and a latency-throughput
 * plot). Beside it, the fault drills behind {@code scripts/drill} ({@code Drill}): a load of clients that retry each
 * keyed POST until it is answered, a ledger of what was acknowledged, a fault, and the checks of that ledger and the
 * invariants on every database node. It is compiled with the tests for their classpath, but is not a test.
 */
package org.scfin.bench;
