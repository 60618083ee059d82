package org.scfin.bench;

import java.util.List;
import java.util.Map;

/** Everything a run measured, as written to results.json. */
record Results(
        String label,
        String startedAt,
        String command,
        Map<String, Object> settings,
        Ingestion.Result ingestion,
        JdbcCeiling.Result ingestionCeiling,
        double ingestionRatio,
        List<Double> ingestionRoundRatios,
        Map<String, Double> ingestionServicePer1000,
        Map<String, Double> ingestionCeilingPer1000,
        OpenLoad.Outcome warmup,
        List<OpenLoad.Outcome> financingSteps,
        double saturationPathsPerSecond,
        OpenLoad.Outcome halfSaturation,
        JdbcCeiling.Result financingCeiling,
        double financingRatio,
        Map<String, Double> serviceStatementsPerPath,
        Map<String, Double> ceilingStatementsPerPath,
        Races.Result races,
        List<Invariants.Check> invariants,
        Map<String, Long> financingsByStatus,
        OpenLoad.Outcome reads,
        OpenLoad.Outcome statistics,
        long rssPeakUnderFinancingMb,
        long rssHighWaterMb,
        List<StartTime.Run> starts,
        List<Target> targets) {

    static final String LABEL = "client and server on one 2-core machine, loopback";

    /** A target of the performance issue against what this run measured. */
    record Target(String name, String target, String measured, boolean met) {}

    boolean invariantsHeld() {
        return races.held() && invariants.stream().allMatch(Invariants.Check::held);
    }
}
