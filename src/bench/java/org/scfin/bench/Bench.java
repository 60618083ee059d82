package org.scfin.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark run behind {@code scripts/bench}, against a service already started (BASE_URL, SERVICE_PID) on a
 * database the harness can reach directly (JDBC_URL). Scenarios in order: the ingestion warm-up on both sides; the
 * financing path at rising arrival rates up to saturation, then at half of it, with the JDBC ceiling of the same
 * transactions; races on single receivables; reads; statistics; ingestion beside its JDBC ceiling, in alternating
 * rounds; the invariant checks; the start time of a second instance. Writes results.json, report.md and the plot under
 * OUT, prints the report, and exits 1 when an invariant is broken.
 */
public final class Bench {

    private static final int MAX_IN_FLIGHT = 2000;

    private Bench() {}

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromEnvironment();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Database db = new Database(config.jdbcUrl());
        Client client = new Client(config.base());
        if ("financing".equals(System.getenv("ONLY"))) {
            ClosedFinancing.run(client, config);
            System.exit(0);
        }
        World world = new World(client, config).create(config);
        log(
                "parties: %d core enterprises, %d suppliers, %d banks, %d programs",
                world.cores.size(), world.suppliers.size(), world.banks.size(), world.programs.size());

        JdbcCeiling ceiling = new JdbcCeiling(db);
        ceiling.prepare();
        // both sides warm up alike: the JIT compiles the service's code and the harness's own JDBC driver code
        Ingestion.run(world, config.ingestWarmupBatches(), 0, "warm", new Latencies());
        ceiling.ingest(world, config.ingestWarmupBatches(), "warm", new Latencies());
        if ("ingestion".equals(System.getenv("ONLY"))) {
            // a quick look at one scenario while working on it: no report
            IngestionRounds.measure(world, ceiling, db, config);
            return;
        }
        for (int k = 0; world.unfinancedCount() < config.receivablesNeeded(); k++) {
            world.postBatch(world.cores.get(k % world.cores.size()), "top-" + k, 1000);
        }
        ceiling.copyNewReceivables();

        FinancingLoad financing = new FinancingLoad(world);
        List<OpenLoad.Outcome> steps = new ArrayList<>();
        OpenLoad.Outcome warmup;
        OpenLoad.Outcome half;
        Map<String, Double> servicePerPath;
        long rssPeak;
        Profiler profiler = new Profiler("financing", config.servicePid(), config.out());
        try (ProcessWatch rss = new ProcessWatch(config.servicePid())) {
            warmup = OpenLoad.run(config.rates().get(0), config.warmupSeconds(), MAX_IN_FLIGHT, financing);
            log("warm-up at %d/s: %.1f paths/s", config.rates().get(0), warmup.achieved());
            profiler.start();
            for (int rate : config.rates()) {
                OpenLoad.Outcome step = OpenLoad.run(rate, config.stepSeconds(), MAX_IN_FLIGHT, financing);
                steps.add(step);
                log(
                        "offered %d/s: completed %.1f/s, failed %d, dropped %d, path p99 %s ms%s",
                        rate,
                        step.achieved(),
                        step.failed(),
                        step.dropped(),
                        step.calls().containsKey("path")
                                ? step.calls().get("path").p99()
                                : "-",
                        step.firstError() == null ? "" : "; " + step.firstError());
                if (step.achieved() < 0.8 * rate) {
                    break;
                }
            }
            double saturation =
                    steps.stream().mapToDouble(OpenLoad.Outcome::achieved).max().orElse(0);
            Map<String, Long> before = withCpu(db.statusCounters(), config);
            half = OpenLoad.run(
                    Math.max(1, Math.round(saturation / 2)), config.halfSeconds(), MAX_IN_FLIGHT, financing);
            servicePerPath = perUnit(before, withCpu(db.statusCounters(), config), half.completed());
            log(
                    "half of saturation, %.0f/s: completed %.1f/s, path p99 %s ms",
                    half.offered(), half.achieved(), half.calls().get("path").p99());
            rssPeak = rss.peakMb();
            profiler.stop();
        }
        double saturation =
                steps.stream().mapToDouble(OpenLoad.Outcome::achieved).max().orElse(0);
        Races.Result races = Races.run(world, config.races());
        log(
                "races: %d won, %d refused, %d unexpected",
                races.won(), races.refused(), races.unexpected().size());

        Map<String, Long> beforeCeiling = withCpu(db.statusCounters(), config);
        JdbcCeiling.Result financingCeiling = ceiling.financing(
                world, new ArrayList<>(world.posted), config.ceilingThreads(), config.ceilingSeconds());
        Map<String, Double> ceilingPerPath =
                perUnit(beforeCeiling, withCpu(db.statusCounters(), config), financingCeiling.units());
        log("financing ceiling: %.0f paths/s", financingCeiling.perSecond());

        OpenLoad.Outcome reads =
                OpenLoad.run(config.readRate(), config.readSeconds(), MAX_IN_FLIGHT, ReadLoad.lists(world));
        OpenLoad.Outcome statistics =
                OpenLoad.run(config.statsRate(), config.statsSeconds(), MAX_IN_FLIGHT, ReadLoad.statistics(world));
        // Ingestion is measured last, on a service that has run every other scenario. Measured first, a fifth of the
        // service's CPU in its rounds is the JIT still compiling (PROFILE_PHASE=ingestion and jstat -compiler show it):
        // a start-up cost, not what a running service pays per batch.
        IngestionRounds.Outcome ingestion = IngestionRounds.measure(world, ceiling, db, config);
        List<Invariants.Check> invariants = Invariants.check(db, world, financing.disbursed.get());
        long highWater;
        try (ProcessWatch rss = new ProcessWatch(config.servicePid())) {
            highWater = rss.highWaterMb();
        }
        List<StartTime.Run> starts = StartTime.measure(config, config.base().getPort() + 2, config.startRuns());

        Results results = new Results(
                Results.LABEL,
                startedAt,
                command(),
                settings(config),
                ingestion.service(),
                ingestion.database(),
                ingestion.ratio(),
                ingestion.roundRatios(),
                ingestion.servicePer1000(),
                ingestion.databasePer1000(),
                warmup,
                steps,
                saturation,
                half,
                financingCeiling,
                saturation / financingCeiling.perSecond(),
                servicePerPath,
                ceilingPerPath,
                races,
                invariants,
                Invariants.byStatus(db, world),
                reads,
                statistics,
                rssPeak,
                highWater,
                starts,
                null);
        results = withTargets(results);
        Report.write(results, config.out());
        System.out.println(Report.markdown(results));
        if (!results.invariantsHeld()) {
            System.err.println("AN INVARIANT IS BROKEN: see the Invariants section above");
            System.exit(1);
        }
        System.exit(0);
    }

    private static Results withTargets(Results r) {
        List<Results.Target> targets = new ArrayList<>();
        targets.add(new Results.Target(
                "Ingestion, share of the database's own batch-insert rate",
                ">= 50%",
                percent(r.ingestionRatio()),
                r.ingestionRatio() >= 0.5));
        targets.add(new Results.Target(
                "Financing paths per second at saturation",
                ">= 500",
                String.format(Locale.ROOT, "%.0f", r.saturationPathsPerSecond()),
                r.saturationPathsPerSecond() >= 500));
        double worstP99 = r.halfSaturation().calls().entrySet().stream()
                .filter(e -> !e.getKey().equals("path"))
                .mapToDouble(e -> e.getValue().p99())
                .max()
                .orElse(Double.NaN);
        targets.add(new Results.Target(
                "p99 per call at half of saturation",
                "< 100 ms",
                String.format(Locale.ROOT, "%.1f ms", worstP99),
                worstP99 < 100 && r.halfSaturation().failed() == 0));
        targets.add(new Results.Target(
                "No double financing, no lost update",
                "all checks hold",
                r.invariantsHeld() ? "all hold" : "BROKEN",
                r.invariantsHeld()));
        targets.add(new Results.Target(
                "Resident size under the financing load",
                "< 512 MB",
                r.rssPeakUnderFinancingMb() + " MB",
                r.rssPeakUnderFinancingMb() < 512));
        double slowestStart =
                r.starts().stream().mapToDouble(StartTime.Run::readyMs).max().orElse(Double.NaN);
        targets.add(new Results.Target(
                "Ready after start, database up (JVM mode)",
                "< 3 s",
                String.format(
                        Locale.ROOT,
                        "%.2f s (slowest of %d)",
                        slowestStart / 1000,
                        r.starts().size()),
                slowestStart > 0 && slowestStart < 3000));
        return new Results(
                r.label(),
                r.startedAt(),
                r.command(),
                r.settings(),
                r.ingestion(),
                r.ingestionCeiling(),
                r.ingestionRatio(),
                r.ingestionRoundRatios(),
                r.ingestionServicePer1000(),
                r.ingestionCeilingPer1000(),
                r.warmup(),
                r.financingSteps(),
                r.saturationPathsPerSecond(),
                r.halfSaturation(),
                r.financingCeiling(),
                r.financingRatio(),
                r.serviceStatementsPerPath(),
                r.ceilingStatementsPerPath(),
                r.races(),
                r.invariants(),
                r.financingsByStatus(),
                r.reads(),
                r.statistics(),
                r.rssPeakUnderFinancingMb(),
                r.rssHighWaterMb(),
                r.starts(),
                targets);
    }

    /** The server's counters with the CPU milliseconds of the service, the database server and this client. */
    static Map<String, Long> withCpu(Map<String, Long> counters, BenchConfig config) {
        Map<String, Long> out = new LinkedHashMap<>(counters);
        out.put("service CPU ms", ProcessWatch.cpuMillis(config.servicePid()));
        out.put("database CPU ms", ProcessWatch.cpuMillis(config.databasePid()));
        out.put("client CPU ms", ProcessWatch.cpuMillis(ProcessHandle.current().pid()));
        return out;
    }

    static Map<String, Double> perUnit(Map<String, Long> before, Map<String, Long> after, long units) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((name, value) ->
                out.put(name, Math.round(10.0 * (value - before.getOrDefault(name, 0L)) / Math.max(1, units)) / 10.0));
        return out;
    }

    private static Map<String, Object> settings(BenchConfig c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ingestClients", c.ingestClients());
        out.put("ingestRounds", c.ingestRounds());
        out.put("ingestWarmupBatches", c.ingestWarmupBatches());
        out.put("ingestBatches", c.ingestBatches());
        out.put("warmupSeconds", c.warmupSeconds());
        out.put("banks", c.banks());
        out.put("suppliers", c.suppliers());
        out.put("programs", c.banks() * c.ingestClients());
        out.put("rates", c.rates());
        out.put("stepSeconds", c.stepSeconds());
        out.put("halfSeconds", c.halfSeconds());
        out.put("ceilingThreads", c.ceilingThreads());
        out.put("serviceJvmOptions", System.getenv().getOrDefault("SERVICE_JVM_OPTS", ""));
        out.put("cpus", Runtime.getRuntime().availableProcessors());
        return out;
    }

    private static String command() {
        return System.getenv().getOrDefault("BENCH_COMMAND", "scripts/bench");
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
    }

    static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
