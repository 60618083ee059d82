package org.scfin.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every error is {@code application/problem+json}, and none carries a
 * stack trace, a class name or SQL. Unexpected failures are logged with an id the caller can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** What a 503 tells the caller to wait, in seconds. */
    private static final int RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.from(e), uri);
    }

    /** Quarkus maps this subclass itself (with an empty body), so ours must name it to take precedence. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return respond(JsonProblems.from(e), uri);
    }

    /**
     * A type Jackson cannot bind is a fault of ours, not of the request: a 500 with an error id. Quarkus maps this
     * subclass itself with an empty body, so ours must name it. (Before duplicate keys were refused, a key repeated
     * after a record's last constructor argument reached it: an empty 500 for a client's mistake.)
     */
    @ServerExceptionMapper(priority = 1)
    public Response unbindable(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return respond(ValidationProblems.from(e.getConstraintViolations()), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("this caller's role may not do this"), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleObject(StaleObjectStateException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return respond(JsonProblems.from(json), uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        String detail = switch (status) {
            case 400 -> "a parameter or the body could not be read; check types and formats";
            case 404 -> "no resource at this address";
            case 405 -> "this method is not allowed here";
            case 406 -> "no acceptable representation; this API answers application/json";
            case 413 -> "the request body is larger than this API accepts";
            case 415 -> "unsupported content type; send application/json";
            default ->
                Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR
                        ? "request refused"
                        : "error";
        };
        if (type != null) {
            return respond(new ProblemException(type, detail), uri);
        }
        String reason = Response.Status.fromStatusCode(status) == null
                ? "Request refused"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Problem problem = new Problem("about:blank", reason, status, detail, path(uri), null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<ProblemException> conflict = DataConflicts.from(e);
        if (conflict.isPresent()) {
            return respond(conflict.get(), uri);
        }
        if (DataConflicts.isTransient(e)) {
            LOG.infof("Lock conflict not retried on %s: %s", path(uri), e);
            return respond(
                    new ProblemException(
                            ProblemType.CONTENTION,
                            "the request waited too long for, or collided with, concurrent changes and was not"
                                    + " applied; send it again in a moment"),
                    uri);
        }
        Optional<ProblemException> unreachable = databaseUnreachable(e);
        if (unreachable.isPresent()) {
            LOG.debugf("Database not reached on %s: %s", path(uri), e);
            return respond(unreachable.get(), uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, path(uri));
        Problem problem = new Problem(
                ProblemType.INTERNAL.uri(),
                ProblemType.INTERNAL.title(),
                500,
                "the request failed on our side; quote error id " + errorId,
                path(uri),
                null);
        return Response.serverError().type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A database that could not be reached, or a connection lost during a commit ({@link ConflictRetry} does not run
     * that again, and reads do not go through it). An acquisition timeout while the database answers means every
     * connection was busy: the service is overloaded, not cut off.
     */
    private static Optional<ProblemException> databaseUnreachable(Throwable e) {
        if (DatabaseOutage.lostDuringCommit(e)) {
            return Optional.of(DatabaseOutage.outcomeUnknown());
        }
        if (DatabaseOutage.isLostConnection(e)) {
            DatabaseOutage.suspect();
            return Optional.of(DatabaseOutage.unavailable());
        }
        if (DatabaseOutage.isAcquisitionTimeout(e)) {
            return Optional.of(
                    DatabaseOutage.ongoing()
                            ? DatabaseOutage.unavailable()
                            : new ProblemException(
                                    ProblemType.BUSY,
                                    "no database connection became free in time; send the request again shortly"));
        }
        return Optional.empty();
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(ProblemException.unauthenticated(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response concurrentChange(UriInfo uri) {
        return respond(
                ProblemException.conflict(
                        "the resource was changed by another request at the same time; read it again and retry"),
                uri);
    }

    /** A 503 says when to come back: the conditions behind it (contention, a burst of requests) pass in seconds. */
    static Response respond(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response =
                Response.status(e.type().status()).type(Problem.MEDIA_TYPE).entity(e.toProblem(path(uri)));
        if (e.type().status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
