package org.scfin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario of {@code scripts/bench-cluster} cost each database node and each process: the nodes' own cumulative
 * counters ({@code SHOW GLOBAL STATUS}: statements, commits, Galera's certification failures and replicated bytes), and
 * the CPU time of the service instances, the nodes, the balancer and the client, beside the whole machine's, so that
 * what other programs took from the shared cores during the scenario shows too.
 */
final class NodeCounters {

    static final List<String> STATUS = List.of(
            "Com_select",
            "Com_insert",
            "Com_update",
            "Com_delete",
            "Com_commit",
            "Com_rollback",
            "Handler_commit",
            "Handler_rollback",
            "Questions",
            "Innodb_row_lock_waits",
            "wsrep_local_cert_failures",
            "wsrep_local_bf_aborts",
            "wsrep_replicated",
            "wsrep_replicated_bytes",
            "wsrep_received",
            "wsrep_received_bytes",
            "wsrep_flow_control_paused_ns");

    /** The CPU time groups, each the sum of its processes' user and system time. */
    static final List<String> CPU = List.of("service", "database", "balancer", "client", "machine", "others");

    private final Map<String, Database> nodes = new LinkedHashMap<>();
    private final Map<String, List<Long>> pids = new LinkedHashMap<>();

    /**
     * {@code nodeUrls}: one JDBC URL per node, named node1, node2, ... in order (a single node is named "node"); the
     * pid lists are comma-separated.
     */
    NodeCounters(List<String> nodeUrls, String servicePids, String databasePids, String balancerPids) {
        for (int i = 0; i < nodeUrls.size(); i++) {
            nodes.put(nodeUrls.size() == 1 ? "node" : "node" + (i + 1), new Database(nodeUrls.get(i)));
        }
        pids.put("service", parsePids(servicePids));
        pids.put("database", parsePids(databasePids));
        pids.put("balancer", parsePids(balancerPids));
        pids.put("client", List.of(ProcessHandle.current().pid()));
    }

    List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    /** Every node's counters (absent ones, such as wsrep_* on a server without Galera, as 0). */
    Map<String, Map<String, Long>> status() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        String names = String.join("', '", STATUS);
        nodes.forEach((name, db) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            STATUS.forEach(s -> values.put(s, 0L));
            for (Map<String, Object> row : db.rows("show global status where variable_name in ('" + names + "')")) {
                String variable = String.valueOf(row.get("Variable_name"));
                STATUS.stream()
                        .filter(s -> s.equalsIgnoreCase(variable))
                        .findFirst()
                        .ifPresent(s -> values.put(s, Long.valueOf(String.valueOf(row.get("Value")))));
            }
            out.put(name, values);
        });
        return out;
    }

    /** CPU milliseconds so far per group, the machine's busy time, and "others": the machine's less the groups'. */
    Map<String, Long> cpu() {
        Map<String, Long> out = new LinkedHashMap<>();
        long ours = 0;
        for (Map.Entry<String, List<Long>> group : pids.entrySet()) {
            long ms =
                    group.getValue().stream().mapToLong(ProcessWatch::cpuMillis).sum();
            out.put(group.getKey(), ms);
            ours += ms;
        }
        long machine = machineBusyMillis();
        out.put("machine", machine);
        out.put("others", machine - ours);
        return out;
    }

    /** A snapshot of both, to subtract from a later one. */
    record Snapshot(Map<String, Map<String, Long>> status, Map<String, Long> cpu) {

        static Snapshot of(NodeCounters counters) {
            return new Snapshot(counters.status(), counters.cpu());
        }

        /** What happened between {@code before} and this snapshot. */
        Snapshot since(Snapshot before) {
            Map<String, Map<String, Long>> status = new LinkedHashMap<>();
            this.status.forEach((node, values) -> status.put(node, minus(values, before.status.get(node))));
            return new Snapshot(status, minus(cpu, before.cpu));
        }

        private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
            Map<String, Long> out = new LinkedHashMap<>();
            after.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0L)));
            return out;
        }
    }

    private static List<Long> parsePids(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    /** The whole machine's busy time from /proc/stat (every state but idle and iowait), in milliseconds. */
    private static long machineBusyMillis() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...; in clock ticks of 10 ms
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
