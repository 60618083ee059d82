package org.scfin.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether every Galera node holds the same data: once all have applied the same last write set, the checksum of each
 * table of the service's schema on each node, against the first node's. A node that rejoined after a crash passes only
 * if it caught up by itself.
 */
final class NodeComparison {

    /** How the nodes compared: tables whose checksum differs from the first node's, and the rows on each node. */
    record Result(List<String> differing, List<Long> rowsPerNode, List<Long> lastCommitted) {}

    private NodeComparison() {}

    static Result compare(List<Database> nodes) throws InterruptedException {
        Result result = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Long> committed = awaitSameLastCommitted(nodes);
            List<Map<String, Long>> sums =
                    nodes.stream().map(NodeComparison::checksums).toList();
            List<String> differing = sums.get(0).keySet().stream()
                    .filter(table -> sums.stream()
                            .anyMatch(s ->
                                    !Objects.equals(s.get(table), sums.get(0).get(table))))
                    .toList();
            List<Long> rows = nodes.stream().map(NodeComparison::rows).toList();
            result = new Result(differing, rows, committed);
            if (differing.isEmpty()) {
                return result;
            }
            // a background job (statistics roller, event numbering, purge) may have written between two checksums
            Thread.sleep(2000);
        }
        return result;
    }

    /** Waits (at most 60 s) until every node reports the same wsrep_last_committed; returns what each reports. */
    private static List<Long> awaitSameLastCommitted(List<Database> nodes) throws InterruptedException {
        List<Long> committed = List.of();
        for (int i = 0; i < 240; i++) {
            committed = nodes.stream()
                    .map(db -> Long.valueOf(String.valueOf(db.rows("show status like 'wsrep_last_committed'")
                            .get(0)
                            .get("Value"))))
                    .toList();
            if (committed.stream().distinct().count() == 1) {
                return committed;
            }
            Thread.sleep(250);
        }
        return committed;
    }

    /** Every row of the schema, counted exactly (InnoDB's table statistics only estimate). */
    private static long rows(Database db) {
        return tables(db).stream()
                .mapToLong(t -> db.number("select count(*) from " + t))
                .sum();
    }

    private static List<String> tables(Database db) {
        return db
                .rows("select table_name t from information_schema.tables where table_schema = '" + db.schema
                        + "' and table_type = 'BASE TABLE' order by 1")
                .stream()
                .map(row -> (String) row.get("t"))
                .toList();
    }

    private static Map<String, Long> checksums(Database db) {
        Map<String, Long> out = new LinkedHashMap<>();
        db.rows("checksum table " + String.join(", ", tables(db)))
                .forEach(row -> out.put(String.valueOf(row.get("Table")), ((Number) row.get("Checksum")).longValue()));
        return out;
    }
}
