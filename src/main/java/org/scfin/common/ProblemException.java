package org.scfin.common;

import java.util.List;

/**
 * A failure the caller can act on, carried to the problem+json mapper. Services throw it; nothing else decides what a
 * 4xx looks like.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(
                ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to this caller");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflict(String detail, FieldError error) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(error));
    }

    public static ProblemException invalid(String field, String rule, String message) {
        return invalid(List.of(new FieldError(field, rule, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " rules broken, see errors";
        return new ProblemException(ProblemType.VALIDATION, detail, errors);
    }

    /** No valid bearer token; sent with {@code WWW-Authenticate: Bearer}. */
    public static ProblemException unauthenticated() {
        return new ProblemException(
                ProblemType.UNAUTHENTICATED,
                "a valid bearer token is required (missing, expired or not signed by a trusted issuer)");
    }

    public static ProblemException invalidParameter(String parameter, String rule, String message) {
        return new ProblemException(
                ProblemType.INVALID_PARAMETER,
                parameter + ": " + message,
                List.of(new FieldError(parameter, rule, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, errors);
    }
}
