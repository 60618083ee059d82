package org.scfin.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookReplayRange",
        description = "The event cursors whose deliveries to send again, both ends included",
        example = WebhookExamples.REPLAY_RANGE)
public record ReplayRange(
        @Schema(example = "1201", required = true) String fromCursor,
        @Schema(example = "1250", required = true) String toCursor) {}
