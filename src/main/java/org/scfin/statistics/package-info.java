/**
 * Regional statistics for dashboards, banks and chains. Financing code reports each change to
 * {@link org.scfin.statistics.StatisticsRecorder}, which writes a fact row and ledger deltas in the same transaction;
 * {@link org.scfin.statistics.StatisticsRoller} adds committed deltas into per-scope daily sums; the queries read those
 * sums, so a dashboard call costs the days and members of its scope, not the financing rows behind them.
 */
package org.scfin.statistics;
