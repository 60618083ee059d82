package org.scfin.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * What the service shows while its database is gone, sampled four times a second: each instance's readiness and
 * liveness, its thread count (a pile-up of requests waiting on the database shows there), and one API read through the
 * balancer, with how long its answer took and whether a failure was a 503 problem+json with Retry-After.
 */
final class OutageWatch implements AutoCloseable {

    record Health(long at, int ready, int live, long threads) {}

    record Read(long sentAt, long answeredAt, int status, boolean wellFormed503) {

        long millis() {
            return answeredAt - sentAt;
        }
    }

    private static final long EVERY_MS = 250;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Health> health = new ArrayList<>();
    private final List<Read> reads = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * @param instances each instance's own base URL, probed directly
     * @param pids each instance's process id, read when asked (a restarted instance has a new one)
     * @param read a GET through the balancer that needs the database, with the token to send
     */
    OutageWatch(List<URI> instances, List<LongSupplier> pids, URI read, String token) {
        for (int i = 0; i < instances.size(); i++) {
            URI base = instances.get(i);
            LongSupplier pid = pids.get(i);
            start("health-" + i, () -> {
                Health h = new Health(
                        System.currentTimeMillis(),
                        status(base.resolve("/q/health/ready"), null, 5),
                        status(base.resolve("/q/health/live"), null, 5),
                        threadsOf(pid.getAsLong()));
                synchronized (health) {
                    health.add(h);
                }
            });
        }
        // sent without waiting for the one before, so that a read hanging on the database does not hold up the next
        start("api-read", () -> {
            long sentAt = System.currentTimeMillis();
            http.sendAsync(request(read, token, 10), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        Read r = new Read(
                                sentAt,
                                System.currentTimeMillis(),
                                response == null ? -1 : response.statusCode(),
                                response != null && wellFormed503(response));
                        synchronized (reads) {
                            reads.add(r);
                        }
                    });
        });
    }

    private static boolean wellFormed503(HttpResponse<String> response) {
        return response.statusCode() == 503
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && response.headers().firstValue("Retry-After").isPresent();
    }

    private void start(String name, Runnable probe) {
        Thread t = new Thread(
                () -> {
                    while (running) {
                        long next = System.currentTimeMillis() + EVERY_MS;
                        probe.run();
                        sleepUntil(next);
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        threads.add(t);
    }

    List<Health> health(long from, long to) {
        synchronized (health) {
            return health.stream().filter(h -> h.at() >= from && h.at() <= to).toList();
        }
    }

    List<Read> reads(long from, long to) {
        synchronized (reads) {
            return reads.stream()
                    .filter(r -> r.sentAt() >= from && r.sentAt() <= to)
                    .toList();
        }
    }

    /** The first read answered 200 that was sent at or after {@code at}: when the service was back for readers. */
    long firstReadOkAfter(long at) {
        return first(reads(at, Long.MAX_VALUE), r -> r.status() == 200);
    }

    /** When the first read sent at or after {@code at} and answered 200 within 2 s was sent; -1 if none was. */
    long firstQuickReadOkSentAfter(long at) {
        return reads(at, Long.MAX_VALUE).stream()
                .filter(r -> r.status() == 200 && r.millis() <= 2000)
                .mapToLong(Read::sentAt)
                .min()
                .orElse(-1);
    }

    /** The first moment at or after {@code at} when an instance probed ready; -1 if none did. */
    long firstReadyAfter(long at) {
        return health(at, Long.MAX_VALUE).stream()
                .filter(h -> h.ready() == 200)
                .mapToLong(Health::at)
                .min()
                .orElse(-1);
    }

    /** The first moment at or after {@code at} when every instance probed ready. */
    long firstAllReadyAfter(long at, int instances) {
        List<Health> after = health(at, Long.MAX_VALUE);
        for (int i = 0; i + instances <= after.size(); i++) {
            if (after.subList(i, i + instances).stream().allMatch(h -> h.ready() == 200)) {
                return after.get(i + instances - 1).at();
            }
        }
        return -1;
    }

    private static long first(List<Read> reads, Predicate<Read> ok) {
        return reads.stream().filter(ok).mapToLong(Read::answeredAt).min().orElse(-1);
    }

    private int status(URI uri, String token, int seconds) {
        HttpResponse<String> response = get(uri, token, seconds);
        return response == null ? -1 : response.statusCode();
    }

    private static HttpRequest request(URI uri, String token, int seconds) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(seconds)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private HttpResponse<String> get(URI uri, String token, int seconds) {
        try {
            return http.send(request(uri, token, seconds), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The process's thread count from /proc, or -1 when it is not running. */
    static long threadsOf(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("Threads:"))
                    .mapToLong(line -> Long.parseLong(line.substring(8).trim()))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void sleepUntil(long at) {
        long wait = at - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
