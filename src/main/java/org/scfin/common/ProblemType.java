package org.scfin.common;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem this API reports: each has a stable type URI, a title and an HTTP status. */
public enum ProblemType {
    MALFORMED_REQUEST(Status.BAD_REQUEST, "malformed-request", "Request cannot be read"),
    INVALID_PARAMETER(Status.BAD_REQUEST, "invalid-parameter", "Request parameter is not valid"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated", "Authentication required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "Not allowed for this caller"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Resource not found"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflicts with the current state"),
    IDEMPOTENCY_KEY_IN_USE(
            Status.CONFLICT, "idempotency-key-in-use", "A request with this Idempotency-Key is still running"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key was used with another request"),
    VALIDATION(422, "validation", "Request is not valid"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Request body is too large"),
    REQUEST_TIMEOUT(Status.REQUEST_TIMEOUT, "request-timeout", "Request body did not arrive in time"),
    URI_TOO_LONG(Status.REQUEST_URI_TOO_LONG, "uri-too-long", "Request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Content type not supported"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal error"),
    BUSY(Status.SERVICE_UNAVAILABLE, "busy", "Too many requests in progress"),
    CONTENTION(Status.SERVICE_UNAVAILABLE, "contention", "Concurrent changes kept colliding with this request"),
    DATABASE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "database-unavailable", "The database cannot be reached"),
    REGISTRATION_REQUIRED(
            Status.CONFLICT,
            "registration-required",
            "The program requires a live registration of the receivables before disbursement"),
    OUTCOME_UNKNOWN(
            Status.SERVICE_UNAVAILABLE,
            "outcome-unknown",
            "The database connection was lost while the change was committed");

    private static final String BASE = "https://scfin.org/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this(status.getStatusCode(), slug, title);
    }

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }
}
