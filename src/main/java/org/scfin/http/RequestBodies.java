package org.scfin.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;

/**
 * Reads every request body in full on the I/O thread before the request goes on to the REST layer. Quarkus REST reads
 * the body of a blocking endpoint on the worker thread, as it arrives: a client that sends the headers and then a byte
 * every few seconds held a worker for as long as it liked, and two dozen such clients held them all. Read here, a body
 * costs a buffer while it arrives and never a thread.
 *
 * <p>The same reading enforces the limits: a body over {@code quarkus.http.limits.max-body-size} (declared or counted
 * as a chunked body streams in) is refused with 413, and one that has not arrived {@code scf.http.body-deadline} after
 * its headers with 408, both problem+json, and the connection is closed. Idle time alone cannot stop a body that
 * trickles in, since every byte resets it. This route runs before Quarkus's own size check, which answers with an empty
 * body.
 *
 * <p>A body sent to the API without a bearer token is not read: the 401 is answered at once. Bodies that are arriving
 * or waiting for a worker hold at most {@code scf.http.body-buffer-limit} bytes between them, counted until their
 * request is answered; a body that would take more is refused with 503. Without this bound, a few hundred clients each
 * sending almost 4 MB and then stalling until the deadline would fill the heap.
 */
@ApplicationScoped
public class RequestBodies {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    @ConfigProperty(name = "scf.http.body-deadline")
    Duration deadline;

    @ConfigProperty(name = "scf.http.body-buffer-limit")
    MemorySize bufferLimit;

    /** Bytes held by bodies still arriving, on every I/O thread. */
    private final AtomicLong arriving = new AtomicLong();

    @Inject
    RouterProblems problems;

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::read);
    }

    private void read(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || !RequestBody.mayFollow(request)) {
            ctx.next();
            return;
        }
        if (ctx.normalizedPath().startsWith("/api/") && !hasBearerToken(request)) {
            // every API call needs a token: a caller without one gets its 401 now and no share of the bodies' memory
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problems.answer(ctx, ProblemException.unauthenticated());
            return;
        }
        if (RequestBody.declaredLength(request) > limit.asLongValue()) {
            problems.answer(ctx, tooLarge());
            return;
        }
        new Arrival(ctx).start();
    }

    /** One body on its way in: its bytes so far, its deadline, and its share of the bytes all arriving bodies hold. */
    private final class Arrival {

        private final RoutingContext ctx;
        // grown as bytes arrive, from 1 KB: a declared length is only a claim, and clients claiming 4 MB may send
        // nothing, so no memory is set aside before it is counted in what arriving bodies hold
        private final Buffer body = Buffer.buffer(1024);
        private long held;
        private long timer;

        Arrival(RoutingContext ctx) {
            this.ctx = ctx;
        }

        void start() {
            HttpServerRequest request = ctx.request();
            timer = ctx.vertx()
                    .setTimer(
                            deadline.toMillis(),
                            id -> refuse(new ProblemException(
                                    ProblemType.REQUEST_TIMEOUT,
                                    "the request body did not arrive within " + deadline.toSeconds()
                                            + " seconds of its headers")));
            ctx.addEndHandler(done -> release());
            request.handler(this::received);
            request.exceptionHandler(failure -> release());
            // the bytes stay counted until the request is answered: a whole body waiting for a worker still holds them
            request.endHandler(end -> {
                ctx.vertx().cancelTimer(timer);
                if (!ctx.response().ended()) {
                    setBody(ctx, body);
                    ctx.next();
                }
            });
            if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                ctx.response().writeContinue();
            }
            request.resume();
        }

        private void received(Buffer data) {
            if (ctx.response().ended()) {
                return;
            }
            if (body.length() + data.length() > limit.asLongValue()) {
                refuse(tooLarge());
                return;
            }
            if (arriving.addAndGet(data.length()) > bufferLimit.asLongValue()) {
                arriving.addAndGet(-data.length());
                refuse(new ProblemException(
                        ProblemType.BUSY, "too many request bodies are arriving at once; retry in a few seconds"));
                return;
            }
            held += data.length();
            body.appendBuffer(data);
        }

        private void refuse(ProblemException problem) {
            release();
            problems.answer(ctx, problem);
        }

        /** Called on every way out; only the first call gives the bytes back. */
        private void release() {
            ctx.vertx().cancelTimer(timer);
            arriving.addAndGet(-held);
            held = 0;
        }
    }

    /**
     * The REST layer reads a body the route set instead of the connection, the way Vert.x's own BodyHandler sets it.
     */
    @SuppressWarnings("deprecation")
    private static void setBody(RoutingContext ctx, Buffer body) {
        ctx.setBody(body);
    }

    /** Whether a bearer token is there at all; whether it is valid is the security layer's to say. */
    private static boolean hasBearerToken(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7;
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + limit.asLongValue()
                        + " bytes; split a batch into requests of at most 1,000 items");
    }
}
