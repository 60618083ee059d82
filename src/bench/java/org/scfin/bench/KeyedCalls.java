package org.scfin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs as a careful client sends them: each under its own {@code Idempotency-Key}, and after an error or a timeout
 * sent again, the same body under the same key, with a growing pause, until a definitive answer comes or the retry
 * budget is spent. Only a definitive answer counts: a success, or a refusal the service stored for the key. Every
 * attempt is counted in {@link Attempts}.
 */
final class KeyedCalls {

    private static final String KEY_IN_USE = "https://scfin.org/problems/idempotency-key-in-use";
    private static final long FIRST_PAUSE_MS = 100;
    private static final long LONGEST_PAUSE_MS = 1000;

    /** What a call ended with: the definitive answer (null when the budget ran out first) and the attempts it took. */
    record Outcome(String key, Client.Reply reply, int attempts, String lastFailure) {

        boolean acknowledged() {
            return reply != null && reply.status() / 100 == 2;
        }

        JsonNode json() {
            return reply.json();
        }
    }

    private final Client client;
    private final long budgetMs;
    private final long timeoutMs;
    final Attempts attempts = new Attempts();

    KeyedCalls(Client client, long timeoutMs, long budgetMs) {
        this.client = client;
        this.timeoutMs = timeoutMs;
        this.budgetMs = budgetMs;
    }

    Outcome post(String path, String token, Object body, Map<String, String> headers) {
        return post(path, token, UUID.randomUUID().toString(), body, headers);
    }

    /** Sends the request under {@code key} until it gets a definitive answer; a null body sends none. */
    Outcome post(String path, String token, String key, Object body, Map<String, String> headers) {
        long started = System.currentTimeMillis();
        long pause = FIRST_PAUSE_MS;
        String lastFailure = null;
        for (int attempt = 1; ; attempt++) {
            long sentAt = System.currentTimeMillis();
            Client.Reply reply = null;
            String failure;
            try {
                reply = client.postKeyed(path, token, key, body, headers).get(timeoutMs + 5000, TimeUnit.MILLISECONDS);
                failure = definitive(reply) ? null : kindOf(reply);
            } catch (ExecutionException e) {
                failure = describe(e.getCause());
            } catch (TimeoutException e) {
                failure = "timeout";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(key, null, attempt, "interrupted");
            }
            long answeredAt = System.currentTimeMillis();
            if (failure == null) {
                if (reply.status() / 100 == 2) {
                    attempts.success(answeredAt, "true".equals(reply.headers().get("Idempotent-Replayed")));
                } else {
                    attempts.failure(new Attempts.Failure(
                            call(path), sentAt, answeredAt, String.valueOf(reply.status()), false));
                }
                return new Outcome(key, reply, attempt, lastFailure);
            }
            attempts.failure(new Attempts.Failure(call(path), sentAt, answeredAt, failure, wellFormed503(reply)));
            lastFailure = failure;
            if (answeredAt - started > budgetMs) {
                return new Outcome(key, null, attempt, lastFailure);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(key, null, attempt, "interrupted");
            }
            pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
        }
    }

    /**
     * A success, or a refusal the service means (stored for the key and replayed alike); not a server error, a timeout,
     * nor the 409 of the same key still running elsewhere.
     */
    static boolean definitive(Client.Reply reply) {
        if (reply.status() >= 500 || reply.status() == 408 || reply.status() == 429) {
            return false;
        }
        return !(reply.status() == 409 && KEY_IN_USE.equals(problemType(reply)));
    }

    /** Which call a path is: the last part of it (financings: an application, batch, approve, disburse). */
    static String call(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String kindOf(Client.Reply reply) {
        return reply.status() == 409 ? "409 key in use" : String.valueOf(reply.status());
    }

    /** A 503 as the API promises it: problem+json, with a Retry-After. */
    static boolean wellFormed503(Client.Reply reply) {
        if (reply == null || reply.status() != 503) {
            return false;
        }
        String type = reply.headers().get("Content-Type");
        return type != null
                && type.startsWith("application/problem+json")
                && reply.headers().get("Retry-After") != null
                && problemType(reply) != null;
    }

    private static String problemType(Client.Reply reply) {
        try {
            JsonNode type = reply.json().get("type");
            return type == null ? null : type.asText();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        if (name.contains("Timeout")) {
            return "timeout";
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase();
        if (message.contains("refused")) {
            return "connection refused";
        }
        if (message.contains("closed") || message.contains("reset")) {
            return "connection closed";
        }
        return name;
    }
}
