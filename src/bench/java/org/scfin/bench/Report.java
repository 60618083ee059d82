package org.scfin.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes a run's results as JSON, as a markdown report, and the financing path's latency-throughput plot as PNG. */
final class Report {

    static final String PLOT = "financing-latency-throughput.png";

    private Report() {}

    static void write(Results results, Path dir) throws IOException {
        Files.createDirectories(dir);
        Client.JSON
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("results.json").toFile(), results);
        plot(results.financingSteps(), dir.resolve(PLOT));
        Files.writeString(dir.resolve("report.md"), markdown(results));
    }

    /** p50 and p99 of each call, and of the whole path, against the paths completed per second at each offered rate. */
    static void plot(List<OpenLoad.Outcome> steps, Path png) throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(560)
                .title("Financing path: latency against throughput (open model; " + Results.LABEL + ")")
                .xAxisTitle("completed apply-approve-disburse paths per second")
                .yAxisTitle("latency, ms (log scale)")
                .build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        chart.getStyler()
                .setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(13f));
        double[] x = steps.stream().mapToDouble(OpenLoad.Outcome::achieved).toArray();
        for (String call : List.of("apply", "approve", "disburse", "path")) {
            if (steps.stream().allMatch(s -> s.calls().containsKey(call))) {
                chart.addSeries(
                                call + " p99",
                                x,
                                steps.stream()
                                        .mapToDouble(s -> Math.max(
                                                0.1, s.calls().get(call).p99()))
                                        .toArray())
                        .setMarker(SeriesMarkers.CIRCLE);
            }
        }
        if (steps.stream().allMatch(s -> s.calls().containsKey("path"))) {
            chart.addSeries(
                            "path p50",
                            x,
                            steps.stream()
                                    .mapToDouble(s ->
                                            Math.max(0.1, s.calls().get("path").p50()))
                                    .toArray())
                    .setMarker(SeriesMarkers.DIAMOND);
        }
        BitmapEncoder.saveBitmap(chart, png.toString().replaceAll("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
    }

    static String markdown(Results r) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark, ")
                .append(r.startedAt())
                .append("\n\n")
                .append(capitalised(Results.LABEL))
                .append(". `")
                .append(r.command())
                .append("`.\n\n");
        md.append("## Targets\n\n| Target | Wanted | Measured | Met |\n|---|---|---|---|\n");
        r.targets()
                .forEach(t -> md.append("| ")
                        .append(t.name())
                        .append(" | ")
                        .append(t.target())
                        .append(" | ")
                        .append(t.measured())
                        .append(" | ")
                        .append(t.met() ? "yes" : "**no**")
                        .append(" |\n"));
        md.append(
                "\n## Ingestion\n\n| | Clients | Receivables | Seconds | Receivables/s | Batch p50 / p99 ms |\n|---|---|---|---|---|---|\n");
        md.append(String.format(
                Locale.ROOT,
                "| service, `POST /receivables/batch`%s | %d | %,d | %.1f | %,.0f | %.1f / %.1f |%n",
                World.FULL_ANSWERS ? ", every receivable in full" : ", `Prefer: return=minimal`",
                r.ingestion().clients(),
                r.ingestion().receivables(),
                r.ingestion().seconds(),
                r.ingestion().perSecond(),
                r.ingestion().batch().p50(),
                r.ingestion().batch().p99()));
        Latencies.Summary cb =
                r.ingestionCeiling().transactions().values().iterator().next();
        md.append(String.format(
                Locale.ROOT,
                "| database alone, JDBC batches | %d | %,d | %.1f | %,.0f | %.1f / %.1f |%n",
                r.ingestionCeiling().threads(),
                r.ingestionCeiling().units(),
                r.ingestionCeiling().seconds(),
                r.ingestionCeiling().perSecond(),
                cb.p50(),
                cb.p99()));
        md.append(String.format(
                Locale.ROOT,
                "%nThe service ingests at %.0f%% of the database's own rate: the median of %d rounds, the two sides taking"
                        + " turns (round by round: %s; the rates above are over all rounds).%n",
                100 * r.ingestionRatio(),
                r.ingestionRoundRatios().size(),
                String.join(
                        ", ",
                        r.ingestionRoundRatios().stream()
                                .map(x -> String.format(Locale.ROOT, "%.0f%%", 100 * x))
                                .toList())));
        md.append(
                        "\nPer 1,000 receivables (server counters and each process's CPU time over the measured rounds):\n\n| | ")
                .append(String.join(" | ", r.ingestionServicePer1000().keySet()))
                .append(" |\n|---|")
                .append("---|".repeat(r.ingestionServicePer1000().size()))
                .append("\n");
        md.append(counters("service", r.ingestionServicePer1000()))
                .append(counters("database alone", r.ingestionCeilingPer1000()));
        md.append(
                "\n## Financing path (open model)\n\nEach arrival is a supplier applying, then its bank approving and disbursing. The first call is "
                        + "timed from its intended send time, the others from the answer before them.\n\n");
        md.append(
                "| Offered paths/s | Completed paths/s | Failed | Dropped | apply p50 / p99 / p99.9 ms | approve p50 / p99 / p99.9 | disburse p50 / p99 / p99.9 |"
                        + " path p99 |\n|---|---|---|---|---|---|---|---|\n");
        for (OpenLoad.Outcome s : r.financingSteps()) {
            md.append(step(s));
        }
        md.append(String.format(
                Locale.ROOT,
                "%nSaturation: %.0f paths/s. At half of it (%.0f/s offered, %d s):%n%n",
                r.saturationPathsPerSecond(),
                r.halfSaturation().offered(),
                Math.round(r.halfSaturation().seconds())));
        md.append(
                        "| Offered paths/s | Completed paths/s | Failed | Dropped | apply p50 / p99 / p99.9 ms | approve p50 / p99 / p99.9 | disburse p50 / p99 / p99.9 |"
                                + " path p99 |\n|---|---|---|---|---|---|---|---|\n")
                .append(step(r.halfSaturation()));
        md.append("\n![latency against throughput](").append(PLOT).append(")\n");
        md.append(String.format(
                Locale.ROOT,
                "%nThe database alone, the same three transactions over JDBC (%d closed-loop threads): %.0f paths/s. "
                        + "The service's saturation is %.0f%% of it.%n",
                r.financingCeiling().threads(),
                r.financingCeiling().perSecond(),
                100 * r.financingRatio()));
        md.append(
                        "\nStatements the database ran per path (server counters over the half-saturation run, background work included):\n\n"
                                + "| | ")
                .append(String.join(" | ", r.serviceStatementsPerPath().keySet()))
                .append(" |\n|---|")
                .append("---|".repeat(r.serviceStatementsPerPath().size()))
                .append("\n");
        md.append(counters("service", r.serviceStatementsPerPath()))
                .append(counters("database alone", r.ceilingStatementsPerPath()));
        md.append("\n## Invariants\n\n| Check | Expected | Found | Held |\n|---|---|---|---|\n");
        md.append(String.format(
                Locale.ROOT,
                "| two applications at once for each of %d receivables: one 201 and one 409 each | %d and %d | %d and %d%s | %s |%n",
                r.races().receivables(),
                r.races().receivables(),
                r.races().receivables(),
                r.races().won(),
                r.races().refused(),
                r.races().unexpected().isEmpty()
                        ? ""
                        : ", " + r.races().unexpected().size() + " other",
                r.races().held() ? "yes" : "**NO**"));
        r.invariants()
                .forEach(c -> md.append("| ")
                        .append(c.name())
                        .append(" | ")
                        .append(c.expected())
                        .append(" | ")
                        .append(c.found())
                        .append(" | ")
                        .append(c.held() ? "yes" : "**NO**")
                        .append(" |\n"));
        md.append("\nFinancings of the run by status: ")
                .append(r.financingsByStatus())
                .append(".\n");
        md.append(
                "\n## Reads and statistics (open model)\n\n| Call | Rate/s | Calls | p50 ms | p99 ms | p99.9 ms |\n|---|---|---|---|---|---|\n");
        for (OpenLoad.Outcome o : List.of(r.reads(), r.statistics())) {
            o.calls()
                    .forEach((call, s) -> md.append(String.format(
                            Locale.ROOT,
                            "| %s | %.0f | %d | %.1f | %.1f | %.1f |%n",
                            call,
                            o.offered() / o.calls().size(),
                            s.count(),
                            s.p50(),
                            s.p99(),
                            s.p999())));
        }
        md.append(String.format(
                Locale.ROOT,
                "%n## Memory and start%n%nResident size of the service: peak %d MB sampled under the financing load, "
                        + "high-water mark %d MB since it started.%n%n",
                r.rssPeakUnderFinancingMb(),
                r.rssHighWaterMb()));
        md.append("Start with the database up (a second instance, JVM mode): ");
        r.starts()
                .forEach(s -> md.append(String.format(
                        Locale.ROOT,
                        "%.0f ms to ready (Quarkus: %ss; %d MB read from disk); ",
                        s.readyMs(),
                        s.quarkusSeconds(),
                        s.diskReadMb())));
        md.append("\n");
        return md.toString();
    }

    private static String step(OpenLoad.Outcome s) {
        return String.format(
                Locale.ROOT,
                "| %.0f | %.1f | %d | %d | %s | %s | %s | %s |%n",
                s.offered(),
                s.achieved(),
                s.failed(),
                s.dropped(),
                pct(s.calls().get("apply")),
                pct(s.calls().get("approve")),
                pct(s.calls().get("disburse")),
                s.calls().get("path") == null
                        ? "-"
                        : String.valueOf(s.calls().get("path").p99()));
    }

    private static String pct(Latencies.Summary s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f", s.p50(), s.p99(), s.p999());
    }

    private static String counters(String who, Map<String, Double> perPath) {
        StringBuilder row = new StringBuilder("| ").append(who).append(" |");
        perPath.values().forEach(v -> row.append(String.format(Locale.ROOT, " %.1f |", v)));
        return row.append("\n").toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
