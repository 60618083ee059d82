package org.scfin.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The full financing path as arrivals of the open model: the supplier applies for one of its receivables, the bank
 * approves and disburses, each call as soon as the one before it answered. Receivables come from every core enterprise
 * in turn and programs from every bank, so the load spreads over all programs as a real market's does.
 */
final class FinancingLoad implements OpenLoad.Arrival {

    private final World world;
    private final Client client;
    private final Map<String, Object> approval;
    /** Paths that ended disbursed, for the invariant check. */
    final AtomicLong disbursed = new AtomicLong();

    FinancingLoad(World world) {
        this.world = world;
        this.client = world.client;
        this.approval = world.approval();
    }

    @Override
    public CompletableFuture<?> start(long index, long intendedNanos, Latencies latencies) {
        World.Owned receivable = world.takeUnfinanced(index);
        World.Program program = world.programFor(receivable, index);
        String bank = world.tokenOf(program.bankId());
        Map<String, Object> application = World.application(receivable, program);
        return client.post("/api/v1/financings", world.tokenOf(receivable.supplierId()), application)
                .thenCompose(applied -> {
                    long t1 = System.nanoTime();
                    latencies.record("apply", t1 - intendedNanos);
                    String id = applied.expect(201).json().get("id").asText();
                    return client.post("/api/v1/financings/" + id + "/approve", bank, approval)
                            .thenCompose(approved -> {
                                long t2 = System.nanoTime();
                                latencies.record("approve", t2 - t1);
                                approved.expect(200);
                                return client.post("/api/v1/financings/" + id + "/disburse", bank)
                                        .thenAccept(paid -> {
                                            long t3 = System.nanoTime();
                                            latencies.record("disburse", t3 - t2);
                                            latencies.record("path", t3 - intendedNanos);
                                            paid.expect(200);
                                            disbursed.incrementAndGet();
                                        });
                            });
                });
    }
}
