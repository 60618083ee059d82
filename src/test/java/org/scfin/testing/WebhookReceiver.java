package org.scfin.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on a free loopback port, as a subscriber would run one: it records each request with its headers,
 * and answers what {@code behaviour} says (a status, or a delay before 200).
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String id, String timestamp, String signature, String body, int answered) {

        /** The event's cursor, from the body. */
        public long cursor() {
            try {
                return JSON.readTree(body).get("cursor").asLong();
            } catch (IOException e) {
                throw new AssertionError("not an event: " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with the n-th request (0-based) and the request itself: the status to answer, after a delay. */
    public record Answer(int status, long delayMillis) {
        public static Answer ok() {
            return new Answer(200, 0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public WebhookReceiver(Function<Received, Answer> behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> handle(exchange, behaviour));
        server.start();
    }

    public static WebhookReceiver alwaysOk() throws IOException {
        return new WebhookReceiver(r -> Answer.ok());
    }

    private void handle(HttpExchange exchange, Function<Received, Answer> behaviour) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var headers = exchange.getRequestHeaders();
        Received request = new Received(
                headers.getFirst("webhook-id"),
                headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"),
                body,
                0);
        Answer answer = behaviour.apply(request);
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        received.add(new Received(request.id(), request.timestamp(), request.signature(), body, answer.status()));
        exchange.sendResponseHeaders(answer.status(), -1);
        exchange.close();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The requests answered with a 2xx, in the order they were answered. */
    public List<Received> accepted() {
        return received.stream()
                .filter(r -> r.answered() >= 200 && r.answered() < 300)
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Standard Webhooks verification, written here apart from the service's signer: the HMAC-SHA256 key is the base64
     * decoding of what follows {@code whsec_}; the signed content is {@code id.timestamp.body}; the header holds one or
     * more space-separated {@code v1,<base64>} values, of which one must match.
     */
    public static boolean verifies(String secret, Received r) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected =
                    mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
            for (String part : r.signature().split(" ")) {
                String[] versioned = part.split(",", 2);
                if (versioned.length == 2
                        && versioned[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
