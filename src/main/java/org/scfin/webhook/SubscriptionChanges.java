package org.scfin.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;

@Schema(
        name = "WebhookSubscriptionChanges",
        description = "The fields to change; those left out keep their value",
        example = WebhookExamples.CHANGE)
public record SubscriptionChanges(
        @Schema(example = WebhookExamples.TARGET_URL, maxLength = WebhookTargets.MAX_LENGTH) @PlainText
        String targetUrl,

        @Schema(example = WebhookExamples.EVENT_TYPES) List<@PlainText String> eventTypes,

        @Schema(
                description = "false pauses deliveries; the events meanwhile are delivered once it is true again",
                example = "false")
        Boolean active) {}
