package org.scfin.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "WebhookDelivery", description = "The delivery of one event to one subscription, with its attempts")
public record DeliveryView(
        @Schema(example = WebhookExamples.DELIVERY_ID) String id,

        @Schema(
                description = "The webhook-id header: the same on every attempt and replay of this delivery",
                example = WebhookExamples.WEBHOOK_ID)
        String webhookId,

        @Schema(description = "The event's cursor in the caller's feed", example = Examples.EVENT_CURSOR)
        String eventCursor,

        @Schema(example = "RECEIVABLES_ASSIGNED") String eventType,
        @Schema(example = "DELIVERED") DeliveryStatus status,

        @Schema(
                description = "When the next attempt is due, while PENDING; null otherwise",
                nullable = true,
                example = WebhookExamples.CREATED_AT)
        Instant nextAttemptAt,

        @Schema(
                description = "When it was delivered or dead-lettered; null while PENDING",
                nullable = true,
                example = WebhookExamples.CREATED_AT)
        Instant finishedAt,

        @Schema(example = WebhookExamples.CREATED_AT) Instant createdAt,
        @Schema(description = "Oldest first") List<AttemptView> attempts) {}
