package org.scfin.webhook;

/** The OpenAPI examples of the webhook operations: one subscription of a bank, its secret and a delivery. */
final class WebhookExamples {

    private WebhookExamples() {}

    static final String SUBSCRIPTION_ID = "0KZ4J2D1X3B8A";
    static final String DELIVERY_ID = "0KZ4J2D1X3B8C";
    static final String WEBHOOK_ID = "msg_0KZ4J2D1X3B8C";
    static final String TARGET_URL = "https://erp.example.com/scfin/webhooks";
    static final String EVENT_TYPES = "[\"RECEIVABLES_ASSIGNED\", \"FINANCING_SETTLED\"]";
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2Yx+T0sS3oo=";
    static final String CREATED_AT = "2025-07-01T08:00:00Z";
    static final String ROTATION_ENDS_AT = "2025-07-02T08:00:00Z";

    static final String CREATE =
            "{\"targetUrl\": \"" + TARGET_URL + "\", \"eventTypes\": " + EVENT_TYPES + ", \"active\": true}";
    static final String CHANGE = "{\"eventTypes\": [\"RECEIVABLES_ASSIGNED\"], \"active\": false}";
    static final String SUBSCRIPTION = "{\"id\": \"" + SUBSCRIPTION_ID + "\", \"ownerRole\": \"erp\", \"ownerId\":"
            + " \"0KZ4J2D1X3B7Q\", \"targetUrl\": \"" + TARGET_URL + "\", \"eventTypes\": " + EVENT_TYPES
            + ", \"active\": true, \"previousSecretValidUntil\": null, \"createdAt\": \"" + CREATED_AT
            + "\", \"updatedAt\": \"" + CREATED_AT + "\"}";
    static final String CREATED = "{\"subscription\": " + SUBSCRIPTION + ", \"secret\": \"" + SECRET + "\"}";
    static final String ROTATED =
            "{\"secret\": \"" + SECRET + "\", \"previousSecretValidUntil\": \"" + ROTATION_ENDS_AT + "\"}";
    static final String REPLAY_RANGE = "{\"fromCursor\": \"1201\", \"toCursor\": \"1250\"}";
    static final String REPLAYED = "{\"replayed\": 12}";
    static final String DELIVERY = "{\"id\": \"" + DELIVERY_ID + "\", \"webhookId\": \"" + WEBHOOK_ID
            + "\", \"eventCursor\": \"1205\", \"eventType\": \"RECEIVABLES_ASSIGNED\", \"status\": \"DELIVERED\","
            + " \"nextAttemptAt\": null, \"finishedAt\": \"2025-07-01T08:00:06.2Z\", \"createdAt\": \"" + CREATED_AT
            + "\", \"attempts\": [{\"attemptedAt\": \"" + CREATED_AT + "\", \"durationMs\": 31, \"httpStatus\": 503,"
            + " \"error\": \"the receiver answered 503\"}, {\"attemptedAt\": \"2025-07-01T08:00:06.1Z\","
            + " \"durationMs\": 84, \"httpStatus\": 200, \"error\": null}]}";
    static final String DELIVERY_QUEUED = "{\"id\": \"" + DELIVERY_ID + "\", \"webhookId\": \"" + WEBHOOK_ID
            + "\", \"eventCursor\": \"1205\", \"eventType\": \"RECEIVABLES_ASSIGNED\", \"status\": \"PENDING\","
            + " \"nextAttemptAt\": \"2025-07-03T09:00:00Z\", \"finishedAt\": null, \"createdAt\": \"" + CREATED_AT
            + "\", \"attempts\": [{\"attemptedAt\": \"" + CREATED_AT + "\", \"durationMs\": 84, \"httpStatus\": 200,"
            + " \"error\": null}]}";
}
