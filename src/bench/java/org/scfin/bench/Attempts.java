package org.scfin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every attempt the drill's clients made, as the clients saw it: when each success came (for the longest time without
 * one), how each failure looked (status or exception, how long it took to come, whether a 503 was problem+json with a
 * Retry-After), and how many answers were replays of a first one.
 */
final class Attempts {

    /** One failed attempt of a call (the last part of its path): when sent and answered (epoch ms), and what came. */
    record Failure(String call, long sentAt, long answeredAt, String kind, boolean wellFormed503) {

        long millis() {
            return answeredAt - sentAt;
        }
    }

    private final List<Long> successes = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private long replays;

    synchronized void success(long answeredAt, boolean replayed) {
        successes.add(answeredAt);
        if (replayed) {
            replays++;
        }
    }

    synchronized void failure(Failure failure) {
        failures.add(failure);
    }

    synchronized long requests() {
        return successes.size() + failures.size();
    }

    synchronized long succeeded() {
        return successes.size();
    }

    synchronized long replays() {
        return replays;
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Failed attempts by kind ("503", "timeout", "connection refused"...), for the table. */
    synchronized Map<String, Long> failuresByKind() {
        Map<String, Long> out = new TreeMap<>();
        failures.forEach(f -> out.merge(f.kind(), 1L, Long::sum));
        return out;
    }

    /**
     * The longest stretch between {@code from} and {@code to} (epoch ms) in which no client got a successful answer:
     * what a user of the service saw as the outage.
     */
    synchronized long longestGapMillis(long from, long to) {
        List<Long> times = new ArrayList<>();
        times.add(from);
        successes.stream().filter(t -> t > from && t < to).forEach(times::add);
        times.add(to);
        times.sort(null);
        long gap = 0;
        for (int i = 1; i < times.size(); i++) {
            gap = Math.max(gap, times.get(i) - times.get(i - 1));
        }
        return gap;
    }

    /** The first success answered at or after {@code at} (epoch ms), or -1. */
    synchronized long firstSuccessAfter(long at) {
        return successes.stream().filter(t -> t >= at).min(Long::compare).orElse(-1L);
    }
}
