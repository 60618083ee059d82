package org.scfin.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;

/**
 * Refuses, with problem+json and before any body is read, requests that would otherwise be guessed at: a URI longer
 * than any this API needs (414), and on {@code /api/} a body without a Content-Type (415, rather than a guess that it
 * is JSON) or a query parameter given twice (400, rather than letting one of the values win silently). No operation
 * takes a list in a query parameter.
 */
@ApplicationScoped
public class RequestHygiene {

    @ConfigProperty(name = "scf.http.max-uri-length")
    int maxUriLength;

    @Inject
    RouterProblems problems;

    void install(@Observes Router router) {
        router.route().order(-5).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            problems.answer(
                    ctx,
                    new ProblemException(
                            ProblemType.URI_TOO_LONG,
                            "the request URI is longer than " + maxUriLength + " characters; narrow the filters"));
            return;
        }
        // the path as the REST layer matches it: /%61pi/v1/... and /./api/v1/... reach the same resources
        if (ctx.normalizedPath().startsWith("/api/")) {
            Optional<ProblemException> refused = untypedBody(request).or(() -> repeatedParameter(ctx));
            if (refused.isPresent()) {
                problems.answer(ctx, refused.get());
                return;
            }
        }
        ctx.next();
    }

    private static Optional<ProblemException> untypedBody(HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (RequestBody.announced(request) && (contentType == null || contentType.isBlank())) {
            return Optional.of(new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "the request has a body but no Content-Type; send Content-Type: application/json"));
        }
        return Optional.empty();
    }

    private static Optional<ProblemException> repeatedParameter(RoutingContext ctx) {
        MultiMap query;
        try {
            query = ctx.queryParams();
        } catch (RuntimeException e) {
            return Optional.of(new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "the query string is not correctly percent-encoded"));
        }
        return query.names().stream()
                .filter(name -> query.getAll(name).size() > 1)
                .findFirst()
                .map(name -> ProblemException.invalidParameter(name, "single-value", "must be given once"));
    }
}
