package org.scfin.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.util.Set;

/** What a request's headers say of its body, read the same way by every check that runs before the REST layer. */
final class RequestBody {

    private RequestBody() {}

    private static final Set<HttpMethod> WITH_BODY =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** A method that may carry a body, with a length or a transfer coding that says one follows. */
    static boolean announced(HttpServerRequest request) {
        return WITH_BODY.contains(request.method())
                && (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || declaredLength(request) > 0);
    }

    /**
     * As {@link #announced}, and over HTTP/2 any request of such a method, which may send a body without its length.
     */
    static boolean mayFollow(HttpServerRequest request) {
        return announced(request) || (WITH_BODY.contains(request.method()) && request.version() == HttpVersion.HTTP_2);
    }

    /**
     * The declared Content-Length, 0 when there is none; an unreadable one is left to the HTTP codec, which refuses it.
     */
    static long declaredLength(HttpServerRequest request) {
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
}
