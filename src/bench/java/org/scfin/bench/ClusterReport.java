package org.scfin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code scripts/bench-cluster}: the one-node side and the cluster side of one run beside each other
 * (OUT/side-single.json, OUT/side-cluster.json), as markdown in OUT/report.md. Throughput and latency with the
 * cluster's share of one node's; then, per scenario, statements, commits and Galera's counters per unit on each node;
 * then CPU per unit per process group, with what the rest of the machine took.
 */
public final class ClusterReport {

    private static final List<String[]> COUNTERS = List.of(
            new String[] {"Com_select", "SELECT statements"},
            new String[] {"Com_insert", "INSERT statements"},
            new String[] {"Com_update", "UPDATE statements"},
            new String[] {"Com_delete", "DELETE statements"},
            new String[] {"Com_commit", "COMMIT statements"},
            new String[] {"Com_rollback", "ROLLBACK statements"},
            new String[] {"Handler_commit", "storage-engine commits (Handler_commit)"},
            new String[] {"Questions", "statements from clients (Questions)"},
            new String[] {"Innodb_row_lock_waits", "row lock waits"},
            new String[] {"wsrep_local_cert_failures", "certification failures"},
            new String[] {"wsrep_local_bf_aborts", "transactions aborted by a replicated one"},
            new String[] {"wsrep_replicated", "write sets replicated"},
            new String[] {"wsrep_replicated_bytes", "bytes replicated"},
            new String[] {"wsrep_received", "write sets received"},
            new String[] {"wsrep_received_bytes", "bytes received"},
            new String[] {"wsrep_flow_control_paused_ns", "flow control paused, ms"});

    private ClusterReport() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(System.getenv().getOrDefault("OUT", "target/bench-cluster"));
        JsonNode single = Client.JSON.readTree(dir.resolve("side-single.json").toFile());
        JsonNode cluster = Client.JSON.readTree(dir.resolve("side-cluster.json").toFile());
        String report =
                markdown(single, cluster, System.getenv().getOrDefault("BENCH_COMMAND", "scripts/bench-cluster"))
                        + machine(dir, "single", "one node")
                        + machine(dir, "cluster", "cluster");
        Files.writeString(dir.resolve("report.md"), report);
        System.out.println(report);
    }

    static String markdown(JsonNode single, JsonNode cluster, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# One node beside the cluster\n\n");
        md.append(f(
                "`%s`; one node from %s, the cluster from %s. ",
                command,
                single.get("startedAt").asText(),
                cluster.get("startedAt").asText()));
        md.append(f(
                "Both sides on one %d-core machine, loopback: the client, the service instance(s), the database"
                        + " node(s) and HAProxy share the same cores, so the cluster's ratio below is what Galera's"
                        + " synchronous replication costs here, not what more machines would give. Settings: %s.\n\n",
                single.get("settings").get("cpus").asInt(), single.get("settings")));
        md.append(f(
                "Load average before/after: one node %s / %s; cluster %s / %s.\n\n",
                single.get("loadAverageBefore").asText(),
                single.get("loadAverageAfter").asText(),
                cluster.get("loadAverageBefore").asText(),
                cluster.get("loadAverageAfter").asText()));

        md.append("## Throughput\n\n| Scenario | One node | Cluster | Cluster / one node |\n|---|---|---|---|\n");
        for (int p = 0; p < single.get("phases").size(); p++) {
            JsonNode s = single.get("phases").get(p);
            JsonNode c = cluster.get("phases").get(p);
            boolean ingestion = s.get("name").asText().equals("ingestion");
            String what = ingestion ? "Ingestion, receivables/s" : "Financing paths/s at saturation";
            double sv = s.get("perSecond").asDouble();
            double cv = c.get("perSecond").asDouble();
            md.append(f("| %s | %,.1f | %,.1f | %.2f |\n", what, sv, cv, cv / sv));
            md.append(f(
                    "| %s: failed requests | %d | %d | |\n",
                    s.get("name").asText(),
                    s.get("failed").asLong(),
                    c.get("failed").asLong()));
            s.get("latencies").fieldNames().forEachRemaining(call -> {
                JsonNode sl = s.get("latencies").get(call);
                JsonNode cl = c.get("latencies").path(call);
                md.append(f(
                        "| %s: `%s` p50 / p99 ms | %.1f / %.1f | %.1f / %.1f | %.2f / %.2f |\n",
                        s.get("name").asText(),
                        call,
                        sl.get("p50").asDouble(),
                        sl.get("p99").asDouble(),
                        cl.path("p50").asDouble(),
                        cl.path("p99").asDouble(),
                        cl.path("p50").asDouble() / sl.get("p50").asDouble(),
                        cl.path("p99").asDouble() / sl.get("p99").asDouble()));
            });
            for (JsonNode side : List.of(s, c)) {
                if (!side.path("firstError").isNull() && side.has("firstError")) {
                    md.append(f(
                            "| first error | %s | | |\n",
                            side.get("firstError").asText().replace('|', '/')));
                }
            }
        }
        for (int p = 0; p < single.get("phases").size(); p++) {
            perUnit(
                    md,
                    single.get("phases").get(p),
                    cluster.get("phases").get(p),
                    single.get("nodes"),
                    cluster.get("nodes"));
        }
        return md.toString();
    }

    /** What the machine ran when a side started (scripts/bench-cluster writes it): load and the busiest processes. */
    private static String machine(Path dir, String side, String name) throws IOException {
        Path file = dir.resolve("machine-" + side + ".txt");
        if (!Files.exists(file)) {
            return "";
        }
        return f("\n## What the machine ran when the %s side started\n\n```\n%s```\n", name, Files.readString(file));
    }

    /** The counters and CPU of one scenario per unit of work, on every node of each side. */
    private static void perUnit(StringBuilder md, JsonNode s, JsonNode c, JsonNode singleNodes, JsonNode clusterNodes) {
        String unit = s.get("unit").asText();
        md.append(f("\n## %s: per %s, on each node\n\n", s.get("name").asText(), unit));
        List<String> nodes = new ArrayList<>();
        clusterNodes.forEach(n -> nodes.add(n.asText()));
        md.append("| Counter | One node |");
        nodes.forEach(n -> md.append(" Cluster ").append(n).append(" |"));
        md.append(" Cluster, all nodes |\n|---|---|");
        nodes.forEach(n -> md.append("---|"));
        md.append("---|\n");
        double su = Math.max(1, s.get("units").asDouble());
        double cu = Math.max(1, c.get("units").asDouble());
        for (String[] counter : COUNTERS) {
            double scale = counter[0].endsWith("_ns") ? 1e6 : 1;
            md.append(f(
                    "| %s | %s |",
                    counter[1],
                    number(s.get("nodes")
                                    .get(singleNodes.get(0).asText())
                                    .get(counter[0])
                                    .asDouble()
                            / scale
                            / su)));
            double sum = 0;
            for (String n : nodes) {
                double v = c.get("nodes").get(n).get(counter[0]).asDouble() / scale / cu;
                sum += v;
                md.append(' ').append(number(v)).append(" |");
            }
            md.append(' ').append(number(sum)).append(" |\n");
        }
        md.append(f(
                "\nCPU ms per %s (the machine's busy time, and what processes outside the run took of it):\n\n", unit));
        md.append("| Process group | One node | Cluster |\n|---|---|---|\n");
        for (String group : NodeCounters.CPU) {
            md.append(f(
                    "| %s | %s | %s |\n",
                    group,
                    number(s.get("cpuMs").get(group).asDouble() / su),
                    number(c.get("cpuMs").get(group).asDouble() / cu)));
        }
        md.append(f(
                "| units measured / seconds | %d in %.1f s | %d in %.1f s |\n",
                s.get("units").asLong(),
                s.get("seconds").asDouble(),
                c.get("units").asLong(),
                c.get("seconds").asDouble()));
    }

    private static String number(double v) {
        if (Math.abs(v) >= 100) {
            return f("%,.0f", v);
        }
        return f("%.2f", v);
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
