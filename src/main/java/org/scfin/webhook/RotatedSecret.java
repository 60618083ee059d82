package org.scfin.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RotatedWebhookSecret",
        description = "The new signing secret, shown this once",
        example = WebhookExamples.ROTATED)
public record RotatedSecret(
        @Schema(example = WebhookExamples.SECRET) String secret,

        @Schema(
                description = "Until then each delivery carries a signature with the previous secret as well",
                example = WebhookExamples.ROTATION_ENDS_AT)
        Instant previousSecretValidUntil) {}
