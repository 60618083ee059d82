package org.scfin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The drills' mixed load, in client threads that each wait for their answer: ERPs post receivable batches, and
 * financing clients take the receivables they acknowledged through the whole path (the supplier applies, the bank
 * approves and disburses). Every call goes through {@link KeyedCalls}; every acknowledgement goes to the
 * {@link Ledger}.
 */
final class DrillLoad {

    private static final String BATCH_PATH = "/api/v1/receivables/batch";
    private static final Map<String, String> RECEIPT = Map.of("Prefer", "return=minimal");

    private final World world;
    private final KeyedCalls calls;
    private final Ledger ledger;
    private final int batchSize;
    private final long pauseMs;
    private final Map<String, Object> approval;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong paths = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    DrillLoad(World world, KeyedCalls calls, Ledger ledger, int batchSize, long pauseMs) {
        this.world = world;
        this.calls = calls;
        this.ledger = ledger;
        this.batchSize = batchSize;
        this.pauseMs = pauseMs;
        this.approval = world.approval();
    }

    /** Starts {@code erps} ERP clients and {@code financiers} financing clients. */
    DrillLoad start(int erps, int financiers) {
        for (int i = 0; i < erps; i++) {
            String core = world.cores.get(i % world.cores.size());
            threads.add(started("erp-" + i, () -> postBatch(core)));
        }
        for (int i = 0; i < financiers; i++) {
            long first = i;
            threads.add(started("financing-" + i, () -> finance(first)));
        }
        return this;
    }

    /** Lets every client finish the call it is in (retries included), then returns. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join();
        }
    }

    long batches() {
        return batches.get();
    }

    long paths() {
        return paths.get();
    }

    private Thread started(String name, Runnable step) {
        Thread t = new Thread(() -> loop(step), name);
        t.start();
        return t;
    }

    private void loop(Runnable step) {
        while (running) {
            step.run();
            pause(pauseMs);
        }
    }

    /** One batch of {@code core}'s ERP; its receivables are acknowledged and wait to be financed. */
    void postBatch(String core) {
        List<Map<String, Object>> items = world.batch(core, "drill-" + batches.incrementAndGet(), batchSize);
        Map<String, Object> body = Map.of("items", items);
        String token = world.tokenOf(core);
        KeyedCalls.Outcome o = calls.post(BATCH_PATH, token, body, RECEIPT);
        if (!settled(o)) {
            return;
        }
        ledger.acknowledged(BATCH_PATH, token, body, RECEIPT, o);
        JsonNode answered = o.json().get("items");
        ConcurrentLinkedQueue<World.Owned> queue = world.unfinanced.get(core);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            String id = answered.get(i).get("id").asText();
            String supplier = (String) item.get("supplierId");
            ledger.receivables.put(id, new Ledger.Receivable(id, supplier, core, (BigDecimal) item.get("amount")));
            queue.add(new World.Owned(id, supplier, core));
        }
    }

    /** One receivable through apply, approve and disburse, each step once the one before is acknowledged. */
    private void finance(long n) {
        World.Owned receivable = nextUnfinanced(n);
        if (receivable == null) {
            return;
        }
        World.Program program = world.programFor(receivable, n);
        String supplier = world.tokenOf(receivable.supplierId());
        String bank = world.tokenOf(program.bankId());
        Map<String, Object> application = World.application(receivable, program);
        KeyedCalls.Outcome applied = step("/api/v1/financings", supplier, application);
        if (!settled(applied)) {
            return;
        }
        String id = applied.json().get("id").asText();
        ledger.financingAt(id, program.id(), "APPLIED");
        if (advance(id, "approve", bank, approval, "APPROVED")) {
            advance(id, "disburse", bank, null, "DISBURSED");
        }
        paths.incrementAndGet();
    }

    private boolean advance(String id, String action, String bank, Object body, String state) {
        KeyedCalls.Outcome o = step("/api/v1/financings/" + id + "/" + action, bank, body);
        if (o.reply() == null) {
            ledger.financingMaybeAt(id, state);
        }
        if (!settled(o)) {
            return false;
        }
        ledger.financingAt(id, ledger.financings.get(id).programId(), state);
        return true;
    }

    private KeyedCalls.Outcome step(String path, String token, Object body) {
        KeyedCalls.Outcome o = calls.post(path, token, body, Map.of());
        if (o.acknowledged()) {
            ledger.acknowledged(path, token, body, Map.of(), o);
        }
        return o;
    }

    /** Whether the call was acknowledged; otherwise it is counted as unresolved or refused. */
    private boolean settled(KeyedCalls.Outcome o) {
        if (o.acknowledged()) {
            return true;
        }
        if (o.reply() == null) {
            ledger.unresolved.incrementAndGet();
        } else {
            ledger.refused.incrementAndGet();
            Bench.log(
                    "refused for good: %d %s",
                    o.reply().status(),
                    new String(o.reply().body(), 0, Math.min(300, o.reply().body().length)));
        }
        return false;
    }

    private World.Owned nextUnfinanced(long n) {
        for (int i = 0; i < world.cores.size(); i++) {
            World.Owned r = world.unfinanced
                    .get(world.cores.get((int) ((n + i) % world.cores.size())))
                    .poll();
            if (r != null) {
                return r;
            }
        }
        pause(50);
        return null;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
