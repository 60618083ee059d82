package org.scfin.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CreatedWebhookSubscription",
        description = "The new subscription and its signing secret, which is shown this once",
        example = WebhookExamples.CREATED)
public record CreatedSubscription(
        SubscriptionView subscription,

        @Schema(
                description = "whsec_ and the base64 of 32 random bytes; the HMAC key is the decoded bytes",
                example = WebhookExamples.SECRET)
        String secret) {

    /** The id, for the {@code Location} of the answer. */
    String id() {
        return subscription.id();
    }
}
