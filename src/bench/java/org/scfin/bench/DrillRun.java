package org.scfin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One drill's load and its accounts: the parties it creates, its clients, the ledger, and at the end the figures and
 * checks every drill reports (what was sent, acknowledged, lost and failed, the longest time without service, and the
 * invariants on every database node).
 */
final class DrillRun {

    /** How long a client waits for an answer before it counts the attempt as timed out. */
    static final long TIMEOUT_MS = 10_000;
    /** How long a client keeps retrying one call before it gives up on it. */
    static final long RETRY_BUDGET_MS = 180_000;

    final Deployment deployment;
    final World world;
    final KeyedCalls calls;
    final Ledger ledger = new Ledger();
    private final DrillLoad load;
    long startedAt;
    long stoppedAt;

    DrillRun(Deployment deployment) {
        this.deployment = deployment;
        Client client = new Client(deployment.base(), TIMEOUT_MS);
        this.world = new World(client, BenchConfig.fromEnvironment()).create(2, 6, 2);
        this.calls = new KeyedCalls(client, TIMEOUT_MS, RETRY_BUDGET_MS);
        this.load = new DrillLoad(world, calls, ledger, setting("BATCH", 20), setting("PAUSE_MS", 20));
    }

    void start() {
        startedAt = System.currentTimeMillis();
        load.start(setting("ERPS", 2), setting("FINANCIERS", 4));
        Bench.log("load running: %d ERP and %d financing clients", setting("ERPS", 2), setting("FINANCIERS", 4));
    }

    void stop() throws InterruptedException {
        load.stop();
        stoppedAt = System.currentTimeMillis();
        Bench.log("load stopped: %d batches, %d financing paths", load.batches(), load.paths());
    }

    /** What every drill reports: the load's figures from {@code faultAt} on, then the checks on every node. */
    void report(DrillTable table, long faultAt) throws InterruptedException {
        Attempts a = calls.attempts;
        table.info(
                "load",
                DrillTable.seconds(stoppedAt - startedAt) + ", " + load.batches() + " batches, " + load.paths()
                        + " financing paths");
        table.info("requests (attempts, retries included)", a.requests());
        table.info(
                "acknowledged writes (receivables / financings / disbursed)",
                ledger.requests.size() + " (" + ledger.receivables.size() + " / " + ledger.financings.size() + " / "
                        + ledger.disbursedAcknowledged() + ")");
        table.info("failed requests (by kind)", a.failures().size() + " " + a.failuresByKind());
        table.info("answers replayed to retrying clients (Idempotent-Replayed)", a.replays());
        table.info(
                "time without service, from the fault to the end",
                DrillTable.seconds(a.longestGapMillis(faultAt, stoppedAt)));
        table.info("time without service before the fault", DrillTable.seconds(a.longestGapMillis(startedAt, faultAt)));
        table.target(
                "calls still without an answer after retrying 180 s",
                ledger.unresolved.get(),
                "0",
                ledger.unresolved.get() == 0);
        table.target("calls refused for good (4xx)", ledger.refused.get(), "0", ledger.refused.get() == 0);
        checkNodes(table);
    }

    /**
     * The ledger and the invariants on each node, once the background work (event numbers, statistics) has caught up. A
     * check that holds on every node is one row; otherwise each node where it fails is.
     */
    void checkNodes(DrillTable table) throws InterruptedException {
        List<Database> nodes = deployment.nodes();
        DrillChecks.awaitBackgroundWork(nodes.get(0));
        List<List<Invariants.Check>> perNode = new ArrayList<>();
        long lost = 0;
        for (Database db : nodes) {
            List<Invariants.Check> checks = new ArrayList<>(DrillChecks.ledger(db, ledger));
            lost = Math.max(
                    lost,
                    checks.stream().mapToLong(c -> Long.parseLong(c.found())).sum());
            checks.addAll(Invariants.check(db, world, ledger.disbursedAcknowledged()));
            checks.add(DrillChecks.limits(db, world));
            checks.add(DrillChecks.wholeFinancings(db, world));
            checks.add(DrillChecks.eventNumbers(db));
            checks.add(DrillChecks.statistics(db, world));
            perNode.add(checks);
        }
        table.target("ACKNOWLEDGED WRITES LOST (worst node)", lost, "0", lost == 0);
        for (int i = 0; i < perNode.get(0).size(); i++) {
            int check = i;
            if (perNode.stream().allMatch(checks -> checks.get(check).held())) {
                table.check(perNode.get(0).get(i), nodes.size() == 1 ? "" : "all " + nodes.size() + " nodes");
            } else {
                for (int n = 0; n < nodes.size(); n++) {
                    if (!perNode.get(n).get(i).held()) {
                        table.check(perNode.get(n).get(i), "node " + (n + 1));
                    }
                }
            }
        }
    }

    /** The world's first program and its bank's token, for reads that need the database. */
    Map.Entry<String, String> aProgram() {
        World.Program p = world.programs.get(0);
        return Map.entry(p.id(), world.tokenOf(p.bankId()));
    }

    static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    static void sleepSeconds(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }
}
