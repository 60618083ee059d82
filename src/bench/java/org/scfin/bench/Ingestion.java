package org.scfin.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Receivable batches of 1,000 posted by every core enterprise's ERP at once, each ERP one after another (closed loop).
 */
final class Ingestion {

    record Result(int clients, long receivables, double seconds, double perSecond, Latencies.Summary batch) {}

    private Ingestion() {}

    /**
     * One round: every ERP posts {@code batches} batches, all at once, after {@code warmupBatches} unmeasured ones.
     * Batch latencies go to {@code latencies}; {@code round} keeps the references of each round apart.
     */
    static Result run(World world, int warmupBatches, int batches, String round, Latencies latencies)
            throws InterruptedException {
        AtomicLong receivables = new AtomicLong();
        CountDownLatch warmedUp = new CountDownLatch(world.cores.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService erps = Executors.newFixedThreadPool(world.cores.size());
        try {
            List<CompletableFuture<Void>> clients = world.cores.stream()
                    .map(core -> CompletableFuture.runAsync(
                            () -> {
                                for (int b = 0; b < warmupBatches; b++) {
                                    world.postBatch(core, core + "-" + round + "w" + b, 1000);
                                }
                                warmedUp.countDown();
                                awaitQuietly(go);
                                for (int b = 0; b < batches; b++) {
                                    long t0 = System.nanoTime();
                                    world.postBatch(core, core + "-" + round + "-" + b, 1000);
                                    latencies.record("batch", System.nanoTime() - t0);
                                    receivables.addAndGet(1000);
                                }
                            },
                            erps))
                    .toList();
            warmedUp.await();
            long start = System.nanoTime();
            go.countDown();
            clients.forEach(CompletableFuture::join);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(
                    clients.size(),
                    receivables.get(),
                    seconds,
                    receivables.get() / seconds,
                    latencies.summaries().get("batch"));
        } finally {
            erps.shutdownNow();
        }
    }

    /** The rounds together: all receivables over all measured seconds, with every round's batch latencies. */
    static Result total(List<Result> rounds, Latencies latencies) {
        long receivables = rounds.stream().mapToLong(Result::receivables).sum();
        double seconds = rounds.stream().mapToDouble(Result::seconds).sum();
        return new Result(
                rounds.get(0).clients(),
                receivables,
                seconds,
                receivables / seconds,
                latencies.summaries().get("batch"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
