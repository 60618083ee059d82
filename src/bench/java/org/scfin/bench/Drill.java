package org.scfin.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * The fault drills behind {@code scripts/drill}: under a mixed load of keyed, retrying clients, a fault is injected,
 * the load goes on, then every acknowledged write and every invariant is checked on every database node and a table is
 * printed. Exits 1 when a write was lost, an invariant broken or a target missed.
 *
 * <ul>
 *   <li>a: SIGKILL of Galera node 2, which is started again and must catch up by itself;
 *   <li>b: SIGKILL of service instance 1; retrying clients must get the original answers from instance 2;
 *   <li>c: the database gone for 30 s (every node killed, or the embedded server stopped with SIGSTOP): fast 503s,
 *       readiness down and liveness up meanwhile, recovery within 5 s;
 *   <li>d: SIGKILL of the single-node service in the middle of approvals and disbursements, then a restart.
 * </ul>
 */
public final class Drill {

    private static final int WARM_SECONDS = DrillRun.setting("WARM_SECONDS", 20);
    private static final int FAULT_SECONDS = DrillRun.setting("FAULT_SECONDS", 30);
    private static final int AFTER_SECONDS = DrillRun.setting("AFTER_SECONDS", 20);

    private Drill() {}

    public static void main(String[] args) throws Exception {
        String drill = args.length > 0 ? args[0] : "";
        boolean single = drill.equals("d") || (args.length > 1 && args[1].equals("single"));
        Files.createDirectories(Path.of("target/drill"));
        DrillTable table;
        if (single) {
            try (SingleNodeService service = new SingleNodeService(
                    DrillRun.setting("PORT", 16480), DrillRun.setting("MANAGEMENT_PORT", 16481))) {
                Bench.log("starting the single-node service (scripts/run)...");
                service.start();
                table = drill.equals("d") ? serviceKilled(service) : databaseGone(service, false);
            }
        } else {
            ClusterDeployment cluster = new ClusterDeployment();
            table = switch (drill) {
                case "a" -> nodeKilled(cluster);
                case "b" -> instanceKilled(cluster);
                case "c" -> databaseGone(cluster, true);
                default -> throw new IllegalArgumentException("drill a, b, c or d, got '" + drill + "'");
            };
        }
        System.out.println(table.markdown());
        System.exit(table.allHeld() ? 0 : 1);
    }

    /** a: a Galera node crashes under load, the load goes on through the others, the node rejoins and catches up. */
    private static DrillTable nodeKilled(ClusterDeployment cluster) throws Exception {
        DrillTable table = new DrillTable("Drill a: kill -9 of Galera node 2 under load (cluster)");
        DrillRun run = new DrillRun(cluster);
        Timeline t = crashUnderLoad(run, "kill-node", "start-node", "2");
        table.info("node 2 killed after", DrillTable.seconds(t.fault() - run.startedAt) + " of load");
        table.info("node 2 down (until start-node)", DrillTable.seconds(t.restart() - t.fault()));
        table.target(
                "node 2 rejoined: start-node until wsrep_local_state_comment = Synced",
                DrillTable.seconds(t.restarted() - t.restart()),
                "Synced",
                true);
        run.report(table, t.fault());
        NodeComparison.Result same = NodeComparison.compare(cluster.nodes());
        table.info("wsrep_last_committed per node", same.lastCommitted());
        table.info("rows per node (every table of the schema)", same.rowsPerNode());
        table.target(
                "tables whose CHECKSUM TABLE differs from node 1's",
                same.differing().size() + (same.differing().isEmpty() ? "" : " " + same.differing()),
                "0",
                same.differing().isEmpty());
        return table;
    }

    /** When a crash drill killed its node or instance, started it again, and when that start returned (epoch ms). */
    private record Timeline(long fault, long restart, long restarted) {}

    /**
     * Load for WARM_SECONDS, then {@code scripts/cluster <kill> <n>}, FAULT_SECONDS later {@code scripts/cluster
     * <start> <n>} (it returns once the node is synced, or the instance ready), then load for AFTER_SECONDS more.
     */
    private static Timeline crashUnderLoad(DrillRun run, String kill, String start, String n) throws Exception {
        run.start();
        DrillRun.sleepSeconds(WARM_SECONDS);
        long fault = System.currentTimeMillis();
        ClusterDeployment.cluster(kill, n);
        DrillRun.sleepSeconds(FAULT_SECONDS);
        long restart = System.currentTimeMillis();
        ClusterDeployment.cluster(start, n);
        long restarted = System.currentTimeMillis();
        DrillRun.sleepSeconds(AFTER_SECONDS);
        run.stop();
        return new Timeline(fault, restart, restarted);
    }

    /** b: a service instance crashes under load; HAProxy routes around it; retries get the original answers. */
    private static DrillTable instanceKilled(ClusterDeployment cluster) throws Exception {
        DrillTable table = new DrillTable("Drill b: kill -9 of service instance 1 under load (cluster)");
        DrillRun run = new DrillRun(cluster);
        Timeline t = crashUnderLoad(run, "kill-instance", "start-instance", "1");
        table.info("instance 1 killed after", DrillTable.seconds(t.fault() - run.startedAt) + " of load");
        table.info("instance 1 down (until start-instance)", DrillTable.seconds(t.restart() - t.fault()));
        table.info("instance 1 ready again after start-instance", DrillTable.seconds(t.restarted() - t.restart()));
        run.report(table, t.fault());
        replaysMatch(run, table);
        return table;
    }

    /**
     * Every acknowledged request (at most REPLAYS of them, spread over the run) is sent again with its key: each must
     * be answered as a replay, with the body first acknowledged, byte for byte, whichever instance answers.
     */
    private static void replaysMatch(DrillRun run, DrillTable table) {
        List<Ledger.Request> all = new ArrayList<>(run.ledger.requests);
        int limit = DrillRun.setting("REPLAYS", 1000);
        int step = Math.max(1, all.size() / limit);
        KeyedCalls again = new KeyedCalls(
                new Client(run.deployment.base(), DrillRun.TIMEOUT_MS), DrillRun.TIMEOUT_MS, DrillRun.RETRY_BUDGET_MS);
        int sent = 0;
        int same = 0;
        int flagged = 0;
        for (int i = 0; i < all.size(); i += step) {
            Ledger.Request r = all.get(i);
            KeyedCalls.Outcome o = again.post(r.path(), r.token(), r.key(), r.body(), r.headers());
            sent++;
            if (o.acknowledged() && Arrays.equals(o.reply().body(), r.answer())) {
                same++;
            }
            if (o.reply() != null && "true".equals(o.reply().headers().get("Idempotent-Replayed"))) {
                flagged++;
            }
        }
        table.target(
                "acknowledged requests sent again with their key: same body / marked replayed / sent",
                same + " / " + flagged + " / " + sent,
                "all",
                same == sent && flagged == sent);
    }

    /**
     * c: the database is gone for FAULT_SECONDS: on the cluster every node is killed and the cluster started again; on
     * one node the embedded server is frozen with SIGSTOP, then resumed.
     */
    private static DrillTable databaseGone(Deployment deployment, boolean cluster) throws Exception {
        DrillTable table = new DrillTable("Drill c: the database gone for " + FAULT_SECONDS + " s ("
                + (cluster
                        ? "cluster: kill -9 of all 3 Galera nodes, then scripts/cluster start"
                        : "single node: SIGSTOP of the embedded MariaDB, then SIGCONT")
                + ")");
        DrillRun run = new DrillRun(deployment);
        Map.Entry<String, String> program = run.aProgram();
        URI direct = deployment.instances().get(0).resolve("/api/v1/programs/" + program.getKey());
        long fault;
        long back;
        try (OutageWatch watch =
                new OutageWatch(deployment.instances(), deployment.instancePids(), direct, program.getValue())) {
            run.start();
            DrillRun.sleepSeconds(WARM_SECONDS);
            fault = System.currentTimeMillis();
            long databasePid = cluster
                    ? -1
                    : SingleNodeService.databaseProcess().orElseThrow().pid();
            if (cluster) {
                killAllNodes((ClusterDeployment) deployment);
            } else {
                Deployment.run("kill", "-STOP", String.valueOf(databasePid));
            }
            DrillRun.sleepSeconds(FAULT_SECONDS);
            if (cluster) {
                long restarted = System.currentTimeMillis();
                back = restartCluster((ClusterDeployment) deployment);
                // The drill's own probe of the nodes can notice the return after the service did (it tries the nodes
                // one by one, and a starting node takes a while to log in): an instance probed ready, or a read the
                // service answered 200 within 2 s, is proof too that the database was back. The outage ends just
                // before the first proof.
                back = LongStream.of(back, watch.firstReadyAfter(restarted), watch.firstQuickReadOkSentAfter(restarted))
                                .filter(t -> t >= 0)
                                .min()
                                .getAsLong()
                        - 1;
            } else {
                Deployment.run("kill", "-CONT", String.valueOf(databasePid));
                back = System.currentTimeMillis();
            }
            DrillRun.sleepSeconds(AFTER_SECONDS);
            run.stop();
            outageFigures(table, watch, run, fault, back, deployment.instances().size());
        }
        run.report(table, fault);
        return table;
    }

    /**
     * Starts the killed cluster again with {@code scripts/cluster start}; returns when the database was back: the first
     * moment a node accepted a connection (the command itself returns once every node is synced).
     */
    private static long restartCluster(ClusterDeployment cluster) throws Exception {
        Process start = new ProcessBuilder("scripts/cluster", "start")
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Path.of("target/drill/commands.log").toFile()))
                .redirectErrorStream(true)
                .start();
        long back = -1;
        while (back < 0 && start.isAlive()) {
            for (int n = 1; n <= cluster.nodeCount() && back < 0; n++) {
                if (accepts(cluster.probe(n))) {
                    back = System.currentTimeMillis();
                    Bench.log("node %d accepts connections again", n);
                }
            }
            Thread.sleep(200);
        }
        if (start.waitFor() != 0) {
            throw new IllegalStateException("scripts/cluster start failed; see target/drill/commands.log");
        }
        return back < 0 ? System.currentTimeMillis() : back;
    }

    /** SIGKILL to the three nodes at once: scripts/cluster kill-node for each, run side by side. */
    private static void killAllNodes(ClusterDeployment cluster) throws Exception {
        List<Process> kills = new ArrayList<>();
        for (int n = 1; n <= cluster.nodeCount(); n++) {
            Bench.log("$ scripts/cluster kill-node %d", n);
            kills.add(new ProcessBuilder("scripts/cluster", "kill-node", String.valueOf(n))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            Path.of("target/drill/commands.log").toFile()))
                    .redirectErrorStream(true)
                    .start());
        }
        for (Process kill : kills) {
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("scripts/cluster kill-node failed; see target/drill/commands.log");
            }
        }
    }

    private static boolean accepts(Database node) {
        try (Connection c = node.connect()) {
            return c.createStatement().executeQuery("select 1").next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void outageFigures(
            DrillTable table, OutageWatch watch, DrillRun run, long fault, long back, int instances) {
        table.info("database gone (fault to the first node accepting connections)", DrillTable.seconds(back - fault));
        // every read sent while the database is gone must be answered within 2 s: a 200 that came late waited out
        // the outage; a read answered 200 at once was sent as the nodes were still being killed
        List<OutageWatch.Read> reads = watch.reads(fault, back);
        List<OutageWatch.Read> failing =
                reads.stream().filter(r -> r.status() != 200).toList();
        long fast = reads.stream().filter(r -> r.millis() <= 2000).count();
        long wellFormed =
                failing.stream().filter(OutageWatch.Read::wellFormed503).count();
        long slowest = reads.stream().mapToLong(OutageWatch.Read::millis).max().orElse(-1);
        Map<Integer, Long> statuses = new TreeMap<>();
        reads.forEach(r -> statuses.merge(r.status(), 1L, Long::sum));
        table.info("reads on instance 1 sent during the outage, by status (-1: no answer in 10 s)", statuses);
        table.target(
                "of them answered within 2 s",
                fast + " / " + reads.size() + " (slowest " + DrillTable.seconds(slowest) + ")",
                "all",
                !reads.isEmpty() && fast == reads.size());
        table.target(
                "of them not 200: answered 503 problem+json with Retry-After",
                wellFormed + " / " + failing.size(),
                "all",
                !failing.isEmpty() && wellFormed == failing.size());
        List<Attempts.Failure> failed = run.calls.attempts.failures().stream()
                .filter(f -> f.sentAt() >= fault && f.sentAt() <= back)
                .toList();
        long loadFast = failed.stream().filter(f -> f.millis() <= 2000).count();
        table.info(
                "load's failed attempts during the outage: within 2 s / well-formed 503 / all",
                loadFast + " / "
                        + failed.stream()
                                .filter(Attempts.Failure::wellFormed503)
                                .count() + " / " + failed.size());
        // readiness gets 5 s to notice; liveness must never fail
        List<OutageWatch.Health> outage = watch.health(fault + 5000, back);
        long down = outage.stream().filter(h -> h.ready() != 200).count();
        table.target(
                "readiness DOWN during the outage (from 5 s after the fault)",
                down + " / " + outage.size() + " probes",
                "all",
                !outage.isEmpty() && down == outage.size());
        List<OutageWatch.Health> all = watch.health(fault, run.stoppedAt);
        long live = all.stream().filter(h -> h.live() == 200).count();
        table.target(
                "liveness UP from the fault to the end",
                live + " / " + all.size() + " probes",
                "all",
                live == all.size());
        long threadsBefore = watch.health(run.startedAt, fault).stream()
                .mapToLong(OutageWatch.Health::threads)
                .max()
                .orElse(-1);
        long threadsDuring = watch.health(fault, back).stream()
                .mapToLong(OutageWatch.Health::threads)
                .max()
                .orElse(-1);
        table.target(
                "threads of an instance, most before / during the outage",
                threadsBefore + " / " + threadsDuring,
                "<= before + 10",
                threadsDuring <= threadsBefore + 10);
        long readOk = watch.firstReadOkAfter(back);
        long writeOk = run.calls.attempts.firstSuccessAfter(back);
        long ready = watch.firstAllReadyAfter(back, instances);
        table.target(
                "recovery: first read answered 200 after the database is back",
                since(readOk, back),
                "<= 5 s",
                readOk >= 0 && readOk - back <= 5000);
        table.target(
                "recovery: first write acknowledged after the database is back",
                since(writeOk, back),
                "<= 5 s",
                writeOk >= 0 && writeOk - back <= 5000);
        table.info("recovery: every instance ready again after", since(ready, back));
    }

    /** d: the single-node service is killed with SIGKILL under approvals and disbursements, then started again. */
    private static DrillTable serviceKilled(SingleNodeService service) throws Exception {
        DrillTable table = new DrillTable("Drill d: kill -9 of the single-node service (embedded MariaDB) under load");
        DrillRun run = new DrillRun(service);
        run.start();
        DrillRun.sleepSeconds(WARM_SECONDS);
        long fault = System.currentTimeMillis();
        service.kill();
        Optional<ProcessHandle> orphan = SingleNodeService.databaseProcess();
        table.info("service JVM killed after", DrillTable.seconds(fault - run.startedAt) + " of load");
        table.info(
                "embedded MariaDB after the JVM's SIGKILL",
                orphan.map(p -> "still running, orphaned (pid " + p.pid() + ")").orElse("gone"));
        long restart = System.currentTimeMillis();
        String restartNote;
        try {
            service.start();
            restartNote = "by itself";
        } catch (IllegalStateException e) {
            Bench.log("restart failed: %s; stopping the orphaned server and trying again", e.getMessage());
            orphan.ifPresent(ProcessHandle::destroyForcibly);
            service.close();
            service.start();
            restartNote = "only once the drill killed the orphaned server";
        }
        long ready = System.currentTimeMillis();
        table.info(
                "service restarted (scripts/run) and ready", DrillTable.seconds(ready - restart) + ", " + restartNote);
        table.info(
                "orphaned server after the restart",
                orphan.map(p -> p.isAlive() ? "STILL RUNNING" : "stopped").orElse("-"));
        DrillRun.sleepSeconds(AFTER_SECONDS);
        run.stop();
        table.info("calls in flight at the kill (their connection closed without an answer)", inFlight(run, fault));
        run.report(table, fault);
        return table;
    }

    /** The calls whose attempt was cut off by the kill, by call: what was in the middle of being done. */
    private static Map<String, Long> inFlight(DrillRun run, long kill) {
        Map<String, Long> calls = new TreeMap<>();
        run.calls.attempts.failures().stream()
                .filter(f -> f.kind().equals("connection closed") && f.sentAt() <= kill && f.answeredAt() >= kill)
                .forEach(f -> calls.merge(f.call(), 1L, Long::sum));
        return calls;
    }

    private static String since(long at, long from) {
        return at < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", (at - from) / 1000.0);
    }
}
