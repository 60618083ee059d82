package org.scfin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The size of every table of the service's schema on JDBC_URL ({@code scripts/bench-stats} runs it after loading):
 * exact rows (count), and data and index bytes as InnoDB reports them in information_schema after ANALYZE TABLE, which
 * refreshes the page counts those columns come from. Prints a table and writes
 * {@code OUT/table-sizes-<FINANCINGS>.json}; docs/scale-out.md extrapolates from these figures.
 */
public final class TableSizes {

    record Size(String table, long rows, long dataBytes, long indexBytes) {}

    private TableSizes() {}

    public static void main(String[] args) throws IOException {
        Database db = new Database(System.getenv("JDBC_URL"));
        // scripts/bench-stats names a run by its FINANCINGS; scripts/bench-cluster by TABLE_SIZES_LABEL
        String label = System.getenv()
                .getOrDefault("TABLE_SIZES_LABEL", System.getenv().getOrDefault("FINANCINGS", "0"));
        report(db, label, Path.of(System.getenv().getOrDefault("OUT", "target/bench-stats")));
    }

    /** Measures every table, prints the table and writes {@code table-sizes-<label>.json} into {@code out}. */
    static void report(Database db, String label, Path out) throws IOException {
        List<Size> sizes = measure(db);
        System.out.printf(Locale.ROOT, "%ntable sizes, %s%n", label);
        System.out.printf(Locale.ROOT, "%-24s %14s %10s %10s %10s%n", "table", "rows", "data MB", "index MB", "B/row");
        StringBuilder json = new StringBuilder("{\"label\": \"" + label + "\", \"tables\": [");
        for (Size s : sizes) {
            long bytes = s.dataBytes() + s.indexBytes();
            System.out.printf(
                    Locale.ROOT,
                    "%-24s %,14d %10.1f %10.1f %10s%n",
                    s.table(),
                    s.rows(),
                    s.dataBytes() / 1e6,
                    s.indexBytes() / 1e6,
                    s.rows() == 0 ? "-" : String.valueOf(bytes / s.rows()));
            json.append(String.format(
                    Locale.ROOT,
                    "%n  {\"table\": \"%s\", \"rows\": %d, \"dataBytes\": %d, \"indexBytes\": %d},",
                    s.table(),
                    s.rows(),
                    s.dataBytes(),
                    s.indexBytes()));
        }
        json.setLength(json.length() - 1);
        json.append("\n]}\n");
        Files.writeString(out.resolve("table-sizes-" + label + ".json"), json);
    }

    static List<Size> measure(Database db) {
        List<String> tables = db
                .rows("select table_name as t from information_schema.tables where table_schema = '" + db.schema
                        + "' and table_type = 'BASE TABLE' order by table_name")
                .stream()
                .map(row -> String.valueOf(row.get("t")))
                .toList();
        List<Size> sizes = new ArrayList<>();
        for (String table : tables) {
            db.rows("analyze table `" + table + "`");
            long rows = db.number("select count(*) from `" + table + "`");
            Map<String, Object> info = db.rows(
                            "select data_length as d, index_length as i from information_schema.tables"
                                    + " where table_schema = '" + db.schema + "' and table_name = '" + table + "'")
                    .get(0);
            sizes.add(
                    new Size(table, rows, ((Number) info.get("d")).longValue(), ((Number) info.get("i")).longValue()));
        }
        return sizes;
    }
}
