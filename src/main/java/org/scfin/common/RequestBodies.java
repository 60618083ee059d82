package org.scfin.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every request body in full on the I/O thread before the request goes on to the REST layer. Quarkus REST
 * reads the body of a blocking endpoint on the worker thread, as it arrives: a client that sends the headers and
 * then a byte every few seconds held a worker for as long as it liked, and two dozen such clients held them all.
 * Read here, a body costs a buffer while it arrives and never a thread.
 * <p>
 * The same reading enforces the limits: a body over {@code quarkus.http.limits.max-body-size} (declared or counted
 * as a chunked body streams in) is refused with 413, and one that has not arrived {@code scf.http.body-deadline}
 * after its headers with 408, both problem+json, and the connection is closed. Idle time alone cannot stop a body
 * that trickles in, since every byte resets it. This route runs before Quarkus's own size check, which answers with
 * an empty body.
 */
@ApplicationScoped
public class RequestBodies {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    @ConfigProperty(name = "scf.http.body-deadline")
    Duration deadline;

    @Inject
    RouterProblems problems;

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::read);
    }

    private void read(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || !WITH_BODY.contains(request.method()) || !mayHaveBody(request)) {
            ctx.next();
            return;
        }
        long max = limit.asLongValue();
        long declared = declaredLength(request);
        if (declared > max) {
            problems.answer(ctx, tooLarge(max));
            return;
        }
        // grown as bytes arrive: a declared length is only a claim, and 200 clients claiming 4 MB send nothing
        Buffer body = Buffer.buffer((int) Math.min(Math.max(declared, 1024), 64 * 1024));
        long timer = ctx.vertx().setTimer(deadline.toMillis(), id -> problems.answer(ctx,
                new ProblemException(ProblemType.REQUEST_TIMEOUT, "the request body did not arrive within " + deadline.toSeconds()
                        + " seconds of its headers")));
        ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
        request.handler(data -> {
            if (ctx.response().ended()) {
                return;
            }
            if (body.length() + data.length() > max) {
                ctx.vertx().cancelTimer(timer);
                problems.answer(ctx, tooLarge(max));
                return;
            }
            body.appendBuffer(data);
        });
        request.exceptionHandler(failure -> ctx.vertx().cancelTimer(timer));
        request.endHandler(end -> {
            ctx.vertx().cancelTimer(timer);
            if (!ctx.response().ended()) {
                setBody(ctx, body);
                ctx.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT)) && request.version() != HttpVersion.HTTP_1_0) {
            ctx.response().writeContinue();
        }
        request.resume();
    }

    /** The REST layer reads a body the route set instead of the connection, the way Vert.x's own BodyHandler sets it. */
    @SuppressWarnings("deprecation")
    private static void setBody(RoutingContext ctx, Buffer body) {
        ctx.setBody(body);
    }

    /** HTTP/1.1 without a length or a transfer coding has no body; HTTP/2 may send one without saying its length. */
    private static boolean mayHaveBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return true;
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || declaredLength(request) > 0;
    }

    /** The declared Content-Length, 0 when there is none; an unreadable one is left to the HTTP codec, which refuses it. */
    private static long declaredLength(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return 0;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ProblemException tooLarge(long max) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + max + " bytes; split a batch into requests of at most 1,000 items");
    }
}
