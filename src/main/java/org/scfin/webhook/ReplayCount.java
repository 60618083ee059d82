package org.scfin.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookReplay",
        description = "How many deliveries were queued again",
        example = WebhookExamples.REPLAYED)
public record ReplayCount(@Schema(example = "12") int replayed) {}
