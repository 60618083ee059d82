package org.scfin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * HTTP/1.1 JSON calls to the service, asynchronous so that one load generator can keep thousands of requests in
 * flight at a fixed arrival rate. Every POST carries an Idempotency-Key, as a bank's or an ERP's client would
 * (IDEMPOTENCY_KEYS=0: none).
 */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    /** IDEMPOTENCY_KEYS=0 sends POSTs without keys, to see what the keys cost. */
    private static final boolean KEYS = !"0".equals(System.getenv("IDEMPOTENCY_KEYS"));

    private final HttpClient http;
    private final URI base;

    Client(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(2, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    /** A response: its status and body, parsed only when asked. */
    record Reply(int status, byte[] body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Reply expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("unexpected status " + status + ": " + new String(body, 0, Math.min(body.length, 300)));
        }
    }

    CompletableFuture<Reply> post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    CompletableFuture<Reply> post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = keyed(builder(path, token)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))).build());
    }

    /** A POST without a body (disburse, cancel). */
    CompletableFuture<Reply> post(String path, String token) {
        return send(keyed(builder(path, token)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    CompletableFuture<Reply> put(String path, String token) {
        return send(builder(path, token).PUT(HttpRequest.BodyPublishers.noBody()).build());
    }

    CompletableFuture<Reply> get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    private static HttpRequest.Builder keyed(HttpRequest.Builder request) {
        return KEYS ? request.header("Idempotency-Key", UUID.randomUUID().toString()) : request;
    }

    private HttpRequest.Builder builder(String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private CompletableFuture<Reply> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> new Reply(r.statusCode(), r.body()));
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
