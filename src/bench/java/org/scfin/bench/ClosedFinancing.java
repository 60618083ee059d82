package org.scfin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The financing path in a closed loop ({@code ONLY=financing scripts/bench}): one core enterprise, one supplier, one
 * bank and its program; {@code clients} concurrent clients each run apply, approve and disburse one receivable after
 * another, first {@code warmupPaths} unmeasured paths, then {@code paths} measured ones. A closed loop measures a
 * path's cost with little around it, which suits comparing two settings of the service (scripts/bench-stats runs it
 * with statistics off and on); latency excludes any wait before a client sends.
 */
final class ClosedFinancing {

    private ClosedFinancing() {}

    static void run(Client client, BenchConfig config) {
        World world = new World(client, config).create(1, 1, 1);
        String core = world.cores.get(0);
        int total = config.paths() + config.warmupPaths();
        for (int posted = 0, k = 0; posted < total; posted += 1000, k++) {
            world.postBatch(core, "closed-" + k, Math.min(1000, total - posted));
        }
        FinancingLoad financing = new FinancingLoad(world);
        loop(financing, 0, config.warmupPaths(), config.clients(), new Latencies());
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        loop(financing, config.warmupPaths(), total, config.clients(), latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        int measured = config.paths();
        System.out.printf(
                Locale.ROOT,
                "%d apply-approve-disburse paths with %d concurrent clients in %.2f s: %.0f paths/s (%.0f calls/s)%n",
                measured,
                config.clients(),
                seconds,
                measured / seconds,
                3 * measured / seconds);
        for (Map.Entry<String, Latencies.Summary> call : latencies.summaries().entrySet()) {
            Latencies.Summary s = call.getValue();
            System.out.printf(
                    Locale.ROOT,
                    "  %-9s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                    call.getKey(),
                    s.p50(),
                    s.p99(),
                    s.max());
        }
        System.out.println(
                "client and server on one machine, loopback; closed-loop clients (latency includes no queueing before send)");
    }

    /**
     * Runs the paths numbered {@code from} to {@code until}, {@code clients} at a time, each client one path after
     * another.
     */
    private static void loop(FinancingLoad financing, int from, int until, int clients, Latencies latencies) {
        AtomicLong next = new AtomicLong(from);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(CompletableFuture.runAsync(
                        () -> {
                            for (long n = next.getAndIncrement(); n < until; n = next.getAndIncrement()) {
                                financing.start(n, System.nanoTime(), latencies).join();
                            }
                        },
                        threads));
            }
            running.forEach(CompletableFuture::join);
        } finally {
            threads.shutdown();
        }
    }
}
