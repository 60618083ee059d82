package org.scfin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 JSON calls to the service, asynchronous so that one load generator can keep thousands of requests in flight
 * at a fixed arrival rate. Every POST carries an Idempotency-Key, as a bank's or an ERP's client would
 * (IDEMPOTENCY_KEYS=0: none).
 *
 * <p>The client shares the two cores with the service, so what it costs is taken from the service: it is Vert.x's
 * (Netty) on one event loop, which costs several times less CPU per call than the JDK's
 * {@code java.net.http.HttpClient} (docs/performance.md). At most {@value #CONNECTIONS} connections: further requests
 * wait in the client's queue, and since latency is counted from the intended send time, that wait is measured like any
 * other.
 */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    /** IDEMPOTENCY_KEYS=0 sends POSTs without keys, to see what the keys cost. */
    private static final boolean KEYS = !"0".equals(System.getenv("IDEMPOTENCY_KEYS"));

    private static final int CONNECTIONS = 64;
    private static final long TIMEOUT_MS = 60_000;

    private final HttpClient http;
    private final Context loop;
    private final long timeoutMs;

    Client(URI base) {
        this(base, TIMEOUT_MS);
    }

    /** A client whose requests fail when no answer has come for {@code timeoutMs} (the fault drills: 10 s). */
    Client(URI base, long timeoutMs) {
        this.timeoutMs = timeoutMs;
        Vertx vertx = Vertx.vertx(
                new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        this.loop = vertx.getOrCreateContext();
        this.http = vertx.createHttpClient(
                new HttpClientOptions()
                        .setDefaultHost(base.getHost())
                        .setDefaultPort(base.getPort())
                        .setKeepAlive(true)
                        .setConnectTimeout((int) Math.min(10_000, timeoutMs)),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS));
    }

    /** A response: its status, headers and body, parsed only when asked. */
    record Reply(int status, byte[] body, MultiMap headers) {

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
            throw new IllegalStateException(
                    "unexpected status " + status + ": " + new String(body, 0, Math.min(body.length, 300)));
        }
    }

    CompletableFuture<Reply> post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    CompletableFuture<Reply> post(String path, String token, Object body, Map<String, String> headers) {
        RequestOptions request =
                keyed(request(HttpMethod.POST, path, token)).putHeader("Content-Type", "application/json");
        headers.forEach(request::putHeader);
        return send(request, bytes(body));
    }

    /**
     * A POST under the caller's own {@code Idempotency-Key}: a client that retries sends the same request again under
     * the same key. A null body sends none (disburse).
     */
    CompletableFuture<Reply> postKeyed(
            String path, String token, String key, Object body, Map<String, String> headers) {
        RequestOptions request = request(HttpMethod.POST, path, token).putHeader("Idempotency-Key", key);
        headers.forEach(request::putHeader);
        if (body == null) {
            return send(request, null);
        }
        return send(request.putHeader("Content-Type", "application/json"), bytes(body));
    }

    /** A POST without a body (disburse, cancel). */
    CompletableFuture<Reply> post(String path, String token) {
        return send(keyed(request(HttpMethod.POST, path, token)), null);
    }

    CompletableFuture<Reply> put(String path, String token) {
        return send(request(HttpMethod.PUT, path, token), null);
    }

    CompletableFuture<Reply> get(String path, String token) {
        return send(request(HttpMethod.GET, path, token), null);
    }

    private static RequestOptions keyed(RequestOptions request) {
        return KEYS ? request.putHeader("Idempotency-Key", UUID.randomUUID().toString()) : request;
    }

    private RequestOptions request(HttpMethod method, String path, String token) {
        return new RequestOptions()
                .setMethod(method)
                .setURI(path)
                .setIdleTimeout(timeoutMs)
                .putHeader("Authorization", "Bearer " + token)
                .putHeader("Accept", "application/json");
    }

    /**
     * Sends the request, with {@code body} unless it is null, and reads the whole answer. The exchange runs on the
     * event loop: started from another thread, the answer's body sometimes ended before {@code body()} was asked for,
     * and the call never completed (11 of 4,000 calls in a test).
     */
    private CompletableFuture<Reply> send(RequestOptions options, byte[] body) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        loop.runOnContext(ignored -> http.request(options)
                .compose(request -> body == null ? request.send() : request.send(Buffer.buffer(body)))
                .compose(response -> response.body()
                        .map(answer -> new Reply(response.statusCode(), answer.getBytes(), response.headers())))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        reply.complete(done.result());
                    } else {
                        reply.completeExceptionally(done.cause());
                    }
                }));
        return reply;
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
