package org.scfin.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scfin.common.Problem;
import org.scfin.common.ProblemException;

/**
 * Answers with problem+json from a Vert.x route, for the checks that refuse a request before the REST layer (and its
 * exception mappers) sees it: the same body the mappers write.
 */
@ApplicationScoped
public class RouterProblems {

    @Inject
    ObjectMapper json;

    /** How long a refused request's remaining body is still read (and dropped) before the connection is closed. */
    private static final long LINGER_MILLIS = 5_000;

    /**
     * Answers, and when the request's body was not read to its end, closes the connection: what is left of the body
     * cannot be told from a next request. Until then the rest of the body is read and dropped for a few seconds, so a
     * client that sends its whole body before it reads (as most do) gets the answer rather than a reset. (HTTP/2 ends
     * the stream, not the connection.)
     */
    public void answer(RoutingContext ctx, ProblemException problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem.toProblem(ctx.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
        response.setStatusCode(problem.type().status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || request.version() == HttpVersion.HTTP_2) {
            response.end(body);
            return;
        }
        response.putHeader(HttpHeaders.CONNECTION, "close").end(body);
        HttpConnection connection = request.connection();
        long linger = ctx.vertx().setTimer(LINGER_MILLIS, id -> connection.close());
        request.handler(dropped -> {});
        request.exceptionHandler(failure -> ctx.vertx().cancelTimer(linger));
        request.endHandler(end -> {
            ctx.vertx().cancelTimer(linger);
            connection.close();
        });
        request.resume();
    }
}
