package org.scfin.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;

@Schema(name = "WebhookSubscriptionInput", description = "A new subscription", example = WebhookExamples.CREATE)
public record SubscriptionInput(
        @Schema(
                description = "Where deliveries are POSTed. In production an https URL of a public address",
                example = WebhookExamples.TARGET_URL,
                maxLength = WebhookTargets.MAX_LENGTH,
                required = true)
        @PlainText
        String targetUrl,

        @Schema(
                description = "The event types to deliver (the values of Event.type), at least one",
                example = WebhookExamples.EVENT_TYPES,
                required = true)
        List<@PlainText String> eventTypes,

        @Schema(description = "Whether deliveries run (default true)", example = "true")
        Boolean active) {}
