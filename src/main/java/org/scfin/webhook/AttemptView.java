package org.scfin.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookAttempt", description = "One try to deliver an event")
public record AttemptView(
        @Schema(example = WebhookExamples.CREATED_AT) Instant attemptedAt,

        @Schema(description = "How long the receiver took to answer, or until the attempt failed", example = "84")
        int durationMs,

        @Schema(description = "The receiver's status code; null when no answer came", nullable = true, example = "503")
        Integer httpStatus,

        @Schema(
                description = "Why the attempt failed; null when it succeeded",
                nullable = true,
                example = "the receiver answered 503")
        String error) {}
