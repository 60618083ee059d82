package org.scfin.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.event.EventType;

@Schema(
        name = "WebhookSubscription",
        description = "A subscription (never its secret)",
        example = WebhookExamples.SUBSCRIPTION)
public record SubscriptionView(
        @Schema(example = WebhookExamples.SUBSCRIPTION_ID) String id,

        @Schema(description = "The role of the party it belongs to: admin, erp, supplier or bank", example = "erp")
        String ownerRole,

        @Schema(description = "The party it belongs to; null for an admin's", example = "0KZ4J2D1X3B7Q")
        String ownerId,

        @Schema(example = WebhookExamples.TARGET_URL) String targetUrl,
        @Schema(example = WebhookExamples.EVENT_TYPES) List<EventType> eventTypes,
        @Schema(example = "true") boolean active,

        @Schema(
                description = "Until when deliveries are also signed with the secret before the last rotation; null"
                        + " when there is none",
                nullable = true,
                example = WebhookExamples.ROTATION_ENDS_AT)
        Instant previousSecretValidUntil,

        @Schema(example = WebhookExamples.CREATED_AT) Instant createdAt,
        @Schema(example = WebhookExamples.CREATED_AT) Instant updatedAt) {

    static SubscriptionView of(WebhookSubscription s, Instant now) {
        return new SubscriptionView(
                s.id,
                s.ownerRole.tokenName(),
                s.ownerId,
                s.targetUrl,
                s.types(),
                s.active,
                s.previousSecretValidAt(now) ? s.previousSecretUntil : null,
                s.createdAt,
                s.updatedAt);
    }
}
