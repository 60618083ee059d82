package org.scfin.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The open model: arrivals at a fixed rate whatever the service does, as wrk2 or k6's constant-arrival-rate. An
 * arrival's first call is timed from when it was meant to be sent, not from when it was sent, so a stalled service
 * shows in the percentiles (no coordinated omission); each later call of the same arrival is timed from the end of the
 * call before it. Arrivals beyond {@code maxInFlight} are not sent and count as dropped.
 */
final class OpenLoad {

    /** Starts one arrival, meant to start at {@code intendedNanos}; completes when all its calls have. */
    interface Arrival {
        CompletableFuture<?> start(long index, long intendedNanos, Latencies latencies);
    }

    /**
     * What happened at one rate; {@code achieved} is arrivals completed per second, from the first send to the last
     * completion.
     */
    record Outcome(
            double offered,
            double achieved,
            long completed,
            long failed,
            long dropped,
            double seconds,
            Map<String, Latencies.Summary> calls,
            String firstError) {

        /** Kept up: nothing failed or dropped and completions within 5% of the offered rate. */
        boolean sustained() {
            return failed == 0 && dropped == 0 && achieved >= offered * 0.95;
        }
    }

    private OpenLoad() {}

    static Outcome run(double perSecond, int seconds, int maxInFlight, Arrival arrival) {
        Latencies latencies = new Latencies();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        long dropped = 0;
        long arrivals = Math.round(perSecond * seconds);
        double interval = 1e9 / perSecond;
        long start = System.nanoTime() + 20_000_000L;
        for (long i = 0; i < arrivals; i++) {
            long intended = start + Math.round(i * interval);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= maxInFlight) {
                dropped++;
                continue;
            }
            inFlight.incrementAndGet();
            CompletableFuture<?> work;
            try {
                work = arrival.start(i, intended, latencies);
            } catch (RuntimeException e) {
                work = CompletableFuture.failedFuture(e);
            }
            work.whenComplete((ignored, error) -> {
                if (error == null) {
                    completed.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    synchronized (firstError) {
                        if (firstError.isEmpty()) {
                            firstError.append(error.getCause() == null ? error : error.getCause());
                        }
                    }
                }
                lastDone.accumulateAndGet(System.nanoTime(), Math::max);
                inFlight.decrementAndGet();
            });
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000L);
        }
        double elapsed = Math.max(lastDone.get() - start, 1) / 1e9;
        return new Outcome(
                perSecond,
                completed.get() / elapsed,
                completed.get(),
                failed.get() + inFlight.get(),
                dropped,
                elapsed,
                latencies.summaries(),
                firstError.isEmpty() ? null : firstError.toString());
    }
}
