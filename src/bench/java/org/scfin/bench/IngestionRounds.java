package org.scfin.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured ingestion: the service and the database alone take turns, round after round, so that a slow spell of the
 * shared machine weighs on both sides of the ratio rather than on one. Server counters and each process's CPU time are
 * summed over each side's rounds, per 1,000 receivables.
 */
final class IngestionRounds {

    record Outcome(
            Ingestion.Result service,
            JdbcCeiling.Result database,
            List<Double> roundRatios,
            Map<String, Double> servicePer1000,
            Map<String, Double> databasePer1000) {

        /**
         * The median of the rounds' ratios. A stall of the shared machine during one side's turn (a database-alone
         * round once ran at 16,000 receivables/s between rounds of 44,000) moves the ratio of the summed rates far in
         * either direction; the median of five rounds does not follow one such round.
         */
        double ratio() {
            List<Double> sorted = roundRatios.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private IngestionRounds() {}

    static Outcome measure(World world, JdbcCeiling ceiling, Database db, BenchConfig config) throws Exception {
        Latencies serviceBatches = new Latencies();
        Latencies databaseBatches = new Latencies();
        List<Ingestion.Result> serviceRounds = new ArrayList<>();
        List<JdbcCeiling.Result> databaseRounds = new ArrayList<>();
        Map<String, Long> serviceCost = new LinkedHashMap<>();
        Map<String, Long> databaseCost = new LinkedHashMap<>();
        List<Double> roundRatios = new ArrayList<>();
        Profiler profiler = new Profiler("ingestion", config.servicePid(), config.out());
        profiler.start();
        for (int round = 0; round < config.ingestRounds(); round++) {
            Map<String, Long> t0 = Bench.withCpu(db.statusCounters(), config);
            Ingestion.Result s = Ingestion.run(world, 0, config.ingestBatches(), "r" + round, serviceBatches);
            Map<String, Long> t1 = Bench.withCpu(db.statusCounters(), config);
            JdbcCeiling.Result d = ceiling.ingest(world, config.ingestBatches(), "r" + round, databaseBatches);
            Map<String, Long> t2 = Bench.withCpu(db.statusCounters(), config);
            t1.forEach((name, value) -> serviceCost.merge(name, value - t0.getOrDefault(name, 0L), Long::sum));
            t2.forEach((name, value) -> databaseCost.merge(name, value - t1.getOrDefault(name, 0L), Long::sum));
            serviceRounds.add(s);
            databaseRounds.add(d);
            roundRatios.add(s.perSecond() / d.perSecond());
            Bench.log(
                    "ingestion round %d: service %,.0f, database alone %,.0f receivables/s",
                    round + 1, s.perSecond(), d.perSecond());
        }
        profiler.stop();
        Ingestion.Result service = Ingestion.total(serviceRounds, serviceBatches);
        JdbcCeiling.Result database = JdbcCeiling.total(databaseRounds, databaseBatches);
        Outcome outcome = new Outcome(
                service,
                database,
                roundRatios,
                Bench.perUnit(Map.of(), serviceCost, service.receivables() / 1000),
                Bench.perUnit(Map.of(), databaseCost, database.units() / 1000));
        Bench.log(
                "ingestion: %,.0f receivables/s; database alone %,.0f (%.0f%%); per 1,000 receivables: service %s; database alone %s",
                service.perSecond(),
                database.perSecond(),
                100 * outcome.ratio(),
                outcome.servicePer1000(),
                outcome.databasePer1000());
        return outcome;
    }
}
