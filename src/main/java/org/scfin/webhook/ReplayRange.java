package org.scfin.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;

@Schema(
        name = "WebhookReplayRange",
        description = "The event cursors whose deliveries to send again, both ends included",
        example = WebhookExamples.REPLAY_RANGE)
public record ReplayRange(
        @Schema(example = "1201", required = true) @PlainText
        String fromCursor,

        @Schema(example = "1250", required = true) @PlainText
        String toCursor) {}
