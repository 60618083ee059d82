package org.scfin.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One side of {@code scripts/bench-cluster}: against the service at BASE_URL (one instance, or HAProxy in front of the
 * cluster's instances), it measures ingestion (every ERP posts INGEST_BATCHES batches of 1,000 receivables, one after
 * another, all at once, after INGEST_WARMUP unmeasured ones) and then the financing path at saturation (CLIENTS
 * closed-loop clients run apply, approve and disburse, WARMUP unmeasured paths, then PATHS measured ones), each with
 * what it cost every database node in NODE_URLS and every process ({@link NodeCounters}). A request that fails is
 * counted, with the first error kept, and the run goes on: on a cluster a failure is a finding, not a reason to stop.
 * Writes {@code OUT/side-SIDE.json}; {@link ClusterReport} sets the sides beside each other.
 */
public final class ClusterBench {

    /** One measured scenario: what it did, how fast, and its cost per node (counter deltas) and per process group. */
    record Phase(
            String name,
            String unit,
            long units,
            long failed,
            String firstError,
            double seconds,
            double perSecond,
            Map<String, Latencies.Summary> latencies,
            Map<String, Map<String, Long>> nodes,
            Map<String, Long> cpuMs) {}

    record Side(
            String side,
            String startedAt,
            String loadAverageBefore,
            String loadAverageAfter,
            Map<String, Object> settings,
            List<String> nodes,
            List<Phase> phases) {}

    private ClusterBench() {}

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromEnvironment();
        String side = System.getenv().getOrDefault("SIDE", "single");
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = loadAverage();
        NodeCounters counters = new NodeCounters(
                Arrays.asList(System.getenv("NODE_URLS").split(",")),
                System.getenv("SERVICE_PIDS"),
                System.getenv("DATABASE_PIDS"),
                System.getenv("BALANCER_PIDS"));
        World world = new World(new Client(config.base()), config).create(config);
        Bench.log(
                "%s: %d ERPs, %d suppliers, %d banks",
                side, world.cores.size(), world.suppliers.size(), world.banks.size());

        ingest(world, config.ingestWarmupBatches(), "warm", new Latencies()).run(null, counters);
        Phase ingestion = ingest(world, config.ingestBatches(), "measured", new Latencies())
                .measured(counters);
        Bench.log(
                "%s ingestion: %,.0f receivables/s, %d failed batches",
                side, ingestion.perSecond(), ingestion.failed());

        for (int k = 0; world.unfinancedCount() < config.warmupPaths() + config.paths(); k++) {
            world.postBatch(world.cores.get(k % world.cores.size()), "top-" + k, 1000);
        }
        FinancingLoad financing = new FinancingLoad(world);
        finance(financing, 0, config.warmupPaths(), config.clients(), new Latencies())
                .run(null, counters);
        Phase paths = finance(
                        financing,
                        config.warmupPaths(),
                        config.warmupPaths() + config.paths(),
                        config.clients(),
                        new Latencies())
                .measured(counters);
        Bench.log("%s financing: %.1f paths/s, %d failed", side, paths.perSecond(), paths.failed());

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("ingestClients", config.ingestClients());
        settings.put("ingestWarmupBatches", config.ingestWarmupBatches());
        settings.put("ingestBatches", config.ingestBatches());
        settings.put("suppliers", config.suppliers());
        settings.put("banks", config.banks());
        settings.put("clients", config.clients());
        settings.put("warmupPaths", config.warmupPaths());
        settings.put("paths", config.paths());
        settings.put("cpus", Runtime.getRuntime().availableProcessors());
        Side result = new Side(
                side, startedAt, loadBefore, loadAverage(), settings, counters.nodeNames(), List.of(ingestion, paths));
        Path out = config.out().resolve("side-" + side + ".json");
        Files.createDirectories(config.out());
        Client.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
        System.exit(0);
    }

    /** A scenario about to run: measured once it has, against the snapshot taken before it. */
    private interface Scenario {
        Phase run(NodeCounters.Snapshot before, NodeCounters counters);

        default Phase measured(NodeCounters counters) {
            return run(NodeCounters.Snapshot.of(counters), counters);
        }
    }

    /** Every ERP posts {@code batches} batches of 1,000 at once, each ERP one batch after another. */
    private static Scenario ingest(World world, int batches, String round, Latencies latencies) {
        return (before, counters) -> {
            AtomicLong failed = new AtomicLong();
            AtomicReference<String> firstError = new AtomicReference<>();
            long start = System.nanoTime();
            inParallel(world.cores.size(), c -> {
                String core = world.cores.get(c);
                for (int b = 0; b < batches; b++) {
                    long t0 = System.nanoTime();
                    try {
                        world.postBatch(core, core + "-" + round + "-" + b, 1000);
                        latencies.record("batch", System.nanoTime() - t0);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, e.getMessage());
                    }
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            long receivables = 1000L * (world.cores.size() * (long) batches - failed.get());
            return phase(
                    "ingestion",
                    "1,000 receivables",
                    receivables / 1000,
                    failed,
                    firstError,
                    seconds,
                    receivables / seconds,
                    latencies,
                    before,
                    counters);
        };
    }

    /** Paths numbered [from, until), {@code clients} at a time, each client one path after another. */
    private static Scenario finance(FinancingLoad financing, long from, long until, int clients, Latencies latencies) {
        return (before, counters) -> {
            AtomicLong next = new AtomicLong(from);
            AtomicLong failed = new AtomicLong();
            AtomicReference<String> firstError = new AtomicReference<>();
            long start = System.nanoTime();
            inParallel(clients, c -> {
                for (long n = next.getAndIncrement(); n < until; n = next.getAndIncrement()) {
                    try {
                        financing.start(n, System.nanoTime(), latencies).join();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, e.getMessage());
                    }
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            long completed = until - from - failed.get();
            return phase(
                    "financing",
                    "path",
                    completed,
                    failed,
                    firstError,
                    seconds,
                    completed / seconds,
                    latencies,
                    before,
                    counters);
        };
    }

    private static Phase phase(
            String name,
            String unit,
            long units,
            AtomicLong failed,
            AtomicReference<String> firstError,
            double seconds,
            double perSecond,
            Latencies latencies,
            NodeCounters.Snapshot before,
            NodeCounters counters) {
        NodeCounters.Snapshot cost =
                before == null ? null : NodeCounters.Snapshot.of(counters).since(before);
        return new Phase(
                name,
                unit,
                units,
                failed.get(),
                firstError.get(),
                Math.round(seconds * 100) / 100.0,
                Math.round(perSecond * 10) / 10.0,
                latencies.summaries(),
                cost == null ? Map.of() : cost.status(),
                cost == null ? Map.of() : cost.cpu());
    }

    private interface Worker {
        void run(int index);
    }

    private static void inParallel(int threads, Worker worker) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                running.add(CompletableFuture.runAsync(() -> worker.run(index), pool));
            }
            running.forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
