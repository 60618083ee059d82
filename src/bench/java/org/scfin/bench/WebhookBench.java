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
 * RECEIVABLES_CONFIRMED, and receivables posted through the API at RATE a second for SECONDS (one event each, open
 * loop). The latency of a delivery is from the event's occurredAt (taken in its transaction, just before the commit, so
 * the figure includes the commit) to the receiver's first receipt of it; lost events are those posted (201) and never
 * received within DRAIN_SECONDS after the load; duplicates are second receipts of an event.
 */
public final class WebhookBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base = env("BASE_URL", "http://127.0.0.1:18490");
    private final int rate = Integer.parseInt(env("RATE", "200"));
    private final int seconds = Integer.parseInt(env("SECONDS", "60"));
    private final int drainSeconds = Integer.parseInt(env("DRAIN_SECONDS", "30"));
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final LocalTokenIssuer issuer = new LocalTokenIssuer(
            LocalSigningKeys.readPrivateKey(Path.of(env("KEYS_DIR", "data/keys"))), "https://scfin.local/issuer");
    private final String admin = issuer.mint(Role.ADMIN, null, Duration.ofHours(2));

    /** Per event cursor, the latency of its first receipt in ms; and the receipts in all. */
    private final Map<Long, Long> firstReceipt = new ConcurrentHashMap<>();

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
        String supplier = created(
                "/api/v1/suppliers",
                admin,
                Map.of(
                        "name",
                        "Webhook bench supplier " + run,
                        "creditCode",
                        CreditCodes.random("620302"),
                        "regionCode",
                        "620302",
                        "sizeClass",
                        "SMALL",
                        "creditWhite",
                        false));
        send("PUT", "/api/v1/core-enterprises/" + core + "/suppliers/" + supplier, admin, null);
        String erp = issuer.mint(Role.ERP, core, Duration.ofHours(2));
        send(
                "POST",
                "/api/v1/webhook-subscriptions",
                erp,
                Map.of("targetUrl", target, "eventTypes", List.of("RECEIVABLES_CONFIRMED")));

        AtomicInteger posted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        System.err.printf("posting %d receivables at %d/s for %d s...%n", total, rate, seconds);
        clock.scheduleAtFixedRate(
                () -> {
                    int n = sent.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    Map<String, Object> item = new HashMap<>();
                    item.put("supplierId", supplier);
                    item.put("erpReference", "WB-" + run + "-" + n);
                    item.put("invoiceNumbers", List.of("WB-" + run + "-" + n));
                    item.put("amount", 1000);
                    item.put("issueDate", LocalDate.now().minusDays(10).toString());
                    item.put("dueDate", LocalDate.now().plusDays(90).toString());
                    http.sendAsync(
                                    request("POST", "/api/v1/receivables", erp, item),
                                    HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, failure) -> {
                                if (failure == null && response.statusCode() == 201) {
                                    posted.incrementAndGet();
                                } else {
                                    refused.incrementAndGet();
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
        long loadEnd = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < loadEnd || sent.get() < total) {
            Thread.sleep(100);
        }
        clock.shutdownNow();
        long drainEnd = System.nanoTime() + Duration.ofSeconds(drainSeconds).toNanos();
        while (System.nanoTime() < drainEnd
                && (firstReceipt.size() < posted.get() || posted.get() + refused.get() < total)) {
            Thread.sleep(100);
        }
        // what committed, as the ERP's feed shows it: a post whose answer the client did not wait for may have
        // committed
        int committed = committedEvents(erp);
        if (!refusals.isEmpty()) {
            System.out.println("posts not created, by status or failure: " + refusals);
        }
        List<Long> latencies = new ArrayList<>(firstReceipt.values());
        Collections.sort(latencies);
        System.out.printf(
                "webhooks: rate %d/s for %d s; posts answered 201: %d, not: %d; events committed %d, delivered %d,"
                        + " lost %d, duplicates %d%n",
                rate,
                seconds,
                posted.get(),
                refused.get(),
                committed,
                latencies.size(),
                committed - latencies.size(),
                receipts.get() - latencies.size());
        if (!latencies.isEmpty()) {
            System.out.printf(
                    "latency from commit to receipt (ms): p50 %d, p90 %d, p99 %d, max %d%n",
                    percentile(latencies, 50),
                    percentile(latencies, 90),
                    percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
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
