package org.scfin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table a fault drill prints: each measure with its value, its target and whether it met it. */
final class DrillTable {

    /** A measure; {@code held} is null for a figure reported without a target. */
    record Row(String measure, String value, String target, Boolean held) {}

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    DrillTable(String title) {
        this.title = title;
    }

    void info(String measure, Object value) {
        rows.add(new Row(measure, String.valueOf(value), "", null));
    }

    void target(String measure, Object value, String target, boolean held) {
        rows.add(new Row(measure, String.valueOf(value), target, held));
    }

    void check(Invariants.Check check, String where) {
        rows.add(new Row(
                check.name() + (where.isEmpty() ? "" : " [" + where + "]"),
                check.found(),
                check.expected(),
                check.held()));
    }

    boolean allHeld() {
        return rows.stream().noneMatch(r -> Boolean.FALSE.equals(r.held()));
    }

    String markdown() {
        StringBuilder out =
                new StringBuilder("### " + title + "\n\n| measure | value | target | |\n|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ")
                    .append(r.measure())
                    .append(" | ")
                    .append(r.value())
                    .append(" | ")
                    .append(r.target())
                    .append(" | ")
                    .append(r.held() == null ? "" : r.held() ? "ok" : "**FAILED**")
                    .append(" |\n");
        }
        out.append("\n")
                .append(allHeld() ? "every target met" : "NOT every target met")
                .append("\n");
        return out.toString();
    }

    static String seconds(long millis) {
        return millis < 0 ? "never" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
