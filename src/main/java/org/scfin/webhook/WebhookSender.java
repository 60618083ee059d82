package org.scfin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.scfin.common.Times;

/**
 * POSTs one delivery to its target, as Standard Webhooks specifies, and says how it went. Redirects are not followed.
 */
@ApplicationScoped
public class WebhookSender {

    private static final int MAX_ERROR = 300;

    private final HttpClient client;
    private final Duration timeout;
    private final WebhookTargets targets;

    @Inject
    public WebhookSender(WebhookConfig config, WebhookTargets targets) {
        this.timeout = config.requestTimeout();
        this.targets = targets;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(Delivery delivery) {
        Instant started = Times.now();
        long t0 = System.nanoTime();
        URI target = URI.create(delivery.targetUrl());
        // the name may point elsewhere now than when the subscription was written (DNS rebinding)
        String refusal = targets.addressesRefusal(target.getHost());
        if (refusal != null) {
            return new Outcome(started, 0, null, "not sent: the target " + refusal);
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("content-type", "application/json")
                .header("user-agent", "scfin-webhooks/1")
                .header("webhook-id", delivery.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        StandardWebhooks.signature(
                                delivery.secrets(), delivery.webhookId(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(started, millisSince(t0), status, ok ? null : "the receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(started, millisSince(t0), null, "no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return new Outcome(started, millisSince(t0), null, "cannot connect to the target");
        } catch (IOException e) {
            return new Outcome(started, millisSince(t0), null, shorten("the connection failed: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(started, millisSince(t0), null, "interrupted while sending");
        }
    }

    private static int millisSince(long t0) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
