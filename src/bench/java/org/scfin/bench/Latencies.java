package org.scfin.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** One HdrHistogram per call name, in microseconds (3 significant digits, up to an hour). */
final class Latencies {

    private final Map<String, Histogram> byCall = new ConcurrentHashMap<>();

    void record(String call, long nanos) {
        byCall.computeIfAbsent(call, k -> new ConcurrentHistogram(3_600_000_000L, 3))
                .recordValue(Math.max(1, nanos / 1000));
    }

    /** The calls in name order, each summarised. */
    Map<String, Summary> summaries() {
        Map<String, Summary> out = new LinkedHashMap<>();
        byCall.keySet().stream().sorted().forEach(call -> out.put(call, Summary.of(byCall.get(call))));
        return out;
    }

    /** Counts and percentiles in milliseconds. */
    record Summary(long count, double p50, double p99, double p999, double max) {

        static Summary of(Histogram h) {
            return new Summary(
                    h.getTotalCount(),
                    ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(99)),
                    ms(h.getValueAtPercentile(99.9)),
                    ms(h.getMaxValue()));
        }

        private static double ms(long micros) {
            return Math.round(micros / 100.0) / 10.0;
        }
    }
}
