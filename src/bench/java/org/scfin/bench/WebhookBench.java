package org.scfin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.scfin.security.LocalSigningKeys;
import org.scfin.security.LocalTokenIssuer;
import org.scfin.security.Role;
import org.scfin.testing.CreditCodes;

/**
 * The webhook latency benchmark behind {@code scripts/bench-webhooks}: a receiver on loopback, one ERP subscribed to
 * RECEIVABLES_CONFIRMED, and receivables posted through the API at RATE a second for SECONDS (one event each, or
 * PER_POST in a batch of as many suppliers: one event each, open loop). The latency of a delivery is from the event's
 * occurredAt (taken in its transaction, just before the commit, so the figure includes the commit) to the receiver's
 * first receipt of it; lost events are those posted (201) and never received within DRAIN_SECONDS after the load;
 * duplicates are second receipts of an event. A warm-up of WARMUP_SECONDS at the same rate goes first, and is waited
 * for: its events count as delivered, lost or duplicated, but are not timed (the JIT compiles the paths meanwhile).
 */
public final class WebhookBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base = env("BASE_URL", "http://127.0.0.1:18490");
    private final int rate = Integer.parseInt(env("RATE", "200"));
    private final int seconds = Integer.parseInt(env("SECONDS", "60"));
    private final int warmupSeconds = Integer.parseInt(env("WARMUP_SECONDS", "10"));
    private final int drainSeconds = Integer.parseInt(env("DRAIN_SECONDS", "30"));
    /** Events per request: above 1, each request posts a batch of this many receivables, each of its own supplier. */
    private final int perPost = Integer.parseInt(env("PER_POST", "1"));

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final LocalTokenIssuer issuer = new LocalTokenIssuer(
            LocalSigningKeys.readPrivateKey(Path.of(env("KEYS_DIR", "data/keys"))), "https://scfin.local/issuer");
    private final String admin = issuer.mint(Role.ADMIN, null, Duration.ofHours(2));

    /** Per event cursor, the latency of its first receipt in ms; and the receipts in all. */
    private final Map<Long, Long> firstReceipt = new ConcurrentHashMap<>();

    private final AtomicInteger posted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

    /** Events up to this cursor were posted during the warm-up: counted as delivered or lost, not timed. */
    private long measuredAfter;

    private final AtomicInteger receipts = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        new WebhookBench().run();
    }

    private void run() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            long now = System.currentTimeMillis();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            JsonNode event = JSON.readTree(body);
            long occurred = Instant.parse(event.get("occurredAt").asText()).toEpochMilli();
            receipts.incrementAndGet();
            firstReceipt.putIfAbsent(event.get("cursor").asLong(), now - occurred);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            measure("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        } finally {
            receiver.stop(0);
            System.exit(0);
        }
    }

    private void measure(String target) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String core = created(
                "/api/v1/core-enterprises",
                admin,
                Map.of(
                        "name",
                        "Webhook bench core " + run,
                        "creditCode",
                        CreditCodes.random("620302"),
                        "regionCode",
                        "620302",
                        "connected",
                        true,
                        "connectedOn",
                        "2024-01-02"));
        List<String> suppliers = new ArrayList<>();
        for (int i = 0; i < perPost; i++) {
            String supplier = created(
                    "/api/v1/suppliers",
                    admin,
                    Map.of(
                            "name",
                            "Webhook bench supplier " + run + "-" + i,
                            "creditCode",
                            CreditCodes.random("620302"),
                            "regionCode",
                            "620302",
                            "sizeClass",
                            "SMALL",
                            "creditWhite",
                            false));
            send("PUT", "/api/v1/core-enterprises/" + core + "/suppliers/" + supplier, admin, null);
            suppliers.add(supplier);
        }
        String erp = issuer.mint(Role.ERP, core, Duration.ofHours(2));
        send(
                "POST",
                "/api/v1/webhook-subscriptions",
                erp,
                Map.of("targetUrl", target, "eventTypes", List.of("RECEIVABLES_CONFIRMED")));

        if (warmupSeconds > 0) {
            System.err.printf("warming up: %d s at %d/s, then waiting for its deliveries...%n", warmupSeconds, rate);
            load(run + "-W", suppliers, erp, warmupSeconds);
            measuredAfter = firstReceipt.keySet().stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
        }
        load(run, suppliers, erp, seconds);
        // what committed, as the ERP's feed shows it: a post whose answer the client did not wait for may have
        // committed
        int committed = committedEvents(erp);
        if (!refusals.isEmpty()) {
            System.out.println("posts not created, by status or failure: " + refusals);
        }
        List<Long> latencies = new ArrayList<>(firstReceipt.values());
        List<Long> timed = new ArrayList<>(measured().values());
        Collections.sort(timed);
        System.out.printf(
                "webhooks: rate %d/s for %d s, %d per request; receivables posted (201): %d, refused: %d; events"
                        + " committed %d, delivered %d, lost %d, duplicates %d%n",
                rate,
                seconds,
                perPost,
                posted.get(),
                refused.get(),
                committed,
                latencies.size(),
                committed - latencies.size(),
                receipts.get() - latencies.size());
        if (!timed.isEmpty()) {
            System.out.printf(
                    "latency from commit to receipt (ms) of the %d events after the warm-up: p50 %d, p90 %d, p99 %d,"
                            + " max %d%n",
                    timed.size(),
                    percentile(timed, 50),
                    percentile(timed, 90),
                    percentile(timed, 99),
                    timed.get(timed.size() - 1));
            printBySlice();
        }
    }

    /**
     * The latency of each tenth of the events in commit order: a backlog grows, a warm-up fades, a stall stands out.
     */
    private void printBySlice() {
        List<Map.Entry<Long, Long>> inOrder = new ArrayList<>(measured().entrySet());
        inOrder.sort(Map.Entry.comparingByKey());
        StringBuilder line = new StringBuilder("p50/p99 (ms) by tenth of the events in commit order:");
        for (int slice = 0; slice < 10; slice++) {
            List<Long> part = new ArrayList<>();
            for (int i = slice * inOrder.size() / 10; i < (slice + 1) * inOrder.size() / 10; i++) {
                part.add(inOrder.get(i).getValue());
            }
            if (!part.isEmpty()) {
                Collections.sort(part);
                line.append(' ').append(percentile(part, 50)).append('/').append(percentile(part, 99));
            }
        }
        System.out.println(line);
    }

    /**
     * Posts at RATE for the seconds given, open loop, and waits up to DRAIN_SECONDS for every event posted to be
     * received.
     */
    private void load(String run, List<String> suppliers, String erp, int loadSeconds) throws InterruptedException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L * perPost / rate;
        int total = rate * loadSeconds / perPost;
        int before = posted.get() + refused.get();
        AtomicInteger sent = new AtomicInteger();
        System.err.printf(
                "posting %d receivables at %d/s for %d s, %d per request...%n",
                total * perPost, rate, loadSeconds, perPost);
        clock.scheduleAtFixedRate(
                () -> {
                    int n = sent.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (int i = 0; i < perPost; i++) {
                        Map<String, Object> item = new HashMap<>();
                        item.put("supplierId", suppliers.get(i));
                        item.put("erpReference", "WB-" + run + "-" + n + "-" + i);
                        item.put("invoiceNumbers", List.of("WB-" + run + "-" + n + "-" + i));
                        item.put("amount", 1000);
                        item.put("issueDate", LocalDate.now().minusDays(10).toString());
                        item.put("dueDate", LocalDate.now().plusDays(90).toString());
                        items.add(item);
                    }
                    http.sendAsync(
                                    perPost == 1
                                            ? request("POST", "/api/v1/receivables", erp, items.get(0))
                                            : request("POST", "/api/v1/receivables/batch", erp, Map.of("items", items)),
                                    HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, failure) -> {
                                if (failure == null && response.statusCode() == 201) {
                                    posted.addAndGet(perPost);
                                } else {
                                    refused.addAndGet(perPost);
                                    refusals.merge(
                                            failure == null
                                                    ? Integer.toString(response.statusCode())
                                                    : failure.getClass().getSimpleName(),
                                            1,
                                            Integer::sum);
                                }
                            });
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        long loadEnd = System.nanoTime() + Duration.ofSeconds(loadSeconds).toNanos();
        while (System.nanoTime() < loadEnd || sent.get() < total) {
            Thread.sleep(100);
        }
        clock.shutdownNow();
        long drainEnd = System.nanoTime() + Duration.ofSeconds(drainSeconds).toNanos();
        while (System.nanoTime() < drainEnd
                && (firstReceipt.size() < posted.get() || posted.get() + refused.get() < before + total * perPost)) {
            Thread.sleep(100);
        }
    }

    private Map<Long, Long> measured() {
        Map<Long, Long> measured = new HashMap<>(firstReceipt);
        measured.keySet().removeIf(cursor -> cursor <= measuredAfter);
        return measured;
    }

    private int committedEvents(String erp) throws Exception {
        int count = 0;
        String after = "0";
        while (true) {
            JsonNode page = JSON.readTree(send("GET", "/api/v1/events?limit=1000&after=" + after, erp, null));
            int n = page.get("items").size();
            count += n;
            if (n == 0) {
                return count;
            }
            after = page.get("next").asText();
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private String created(String path, String token, Map<String, Object> body) throws Exception {
        return JSON.readTree(send("POST", path, token, body)).get("id").asText();
    }

    private String send(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private HttpRequest request(String method, String path, String token, Object body) {
        try {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .header("authorization", "Bearer " + token)
                    .header("content-type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
