package org.scfin.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.scfin.common.ConflictRetry;
import org.scfin.common.Created;
import org.scfin.common.DataConflicts;
import org.scfin.common.Problem;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.security.Caller;

/**
 * Runs a POST at most once per caller and {@code Idempotency-Key}. The claim of the key, the work and the record of its
 * response commit in one transaction, so a crash can never leave work done without its answer, nor an answer without
 * its work, nor a claim without either; and a keyed POST costs two statements more than an unkeyed one. Refusals of a
 * request that ran (403, 404, 409) are stored and replayed like successes; a request refused before it ran (400, 422)
 * and a server error leave nothing behind, so a retry with the key runs again.
 */
@ApplicationScoped
public class IdempotentPost {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    /** The current request's headers (a request-scoped proxy). */
    @Inject
    HttpHeaders headers;

    /** @param work the request's work; it joins the transaction opened here and returns the response to send */
    public Response run(Caller caller, String key, UriInfo uri, Object request, Supplier<Response> work) {
        return run(caller, key, uri, request, null, work);
    }

    /**
     * @param form the form of answer the request asked for (such as {@code return=minimal}), or null for the default:
     *     part of what the key identifies, since a replay answers with the stored body, in the form first asked for
     */
    public Response run(
            Caller caller, String keyParameter, UriInfo uri, Object request, String form, Supplier<Response> work) {
        return run(caller, keyParameter, uri, request, form, null, work);
    }

    /** @param seal seals the kept answer, for an answer that holds a secret; null to keep it as it is */
    private Response run(
            Caller caller,
            String keyParameter,
            UriInfo uri,
            Object request,
            String form,
            AnswerSeal seal,
            Supplier<Response> work) {
        String key = keyOf(keyParameter);
        if (key == null) {
            return inTransaction(work::get);
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalidParameter(HEADER, "format", "must be 1 to 255 visible ASCII characters");
        }
        String scope = caller.scopeKey();
        String hash = requestHash(uri.getPath(), form, request);
        try {
            return inTransaction(() -> {
                IdempotencyStore.Claim claim = store.claim(scope, key, hash);
                if (claim instanceof IdempotencyStore.Replay replay) {
                    return replayOf(replay.response(), seal);
                }
                if (claim instanceof IdempotencyStore.Running) {
                    throw new ProblemException(
                            ProblemType.IDEMPOTENCY_KEY_IN_USE,
                            "a request with this Idempotency-Key is still being processed; retry after it completes");
                }
                if (claim instanceof IdempotencyStore.OtherPayload) {
                    throw new ProblemException(
                            ProblemType.IDEMPOTENCY_KEY_REUSED,
                            "this Idempotency-Key was already used for a different request; use a new key for a new request");
                }
                Response response = work.get();
                StoredResponse stored = stored(response);
                store.complete(
                        scope,
                        key,
                        ((IdempotencyStore.Claimed) claim).token(),
                        seal == null ? stored : sealed(stored, seal));
                // the body as stored, so it is serialised once (a 1,000-item batch answer is large) and a replay is
                // byte for byte the same
                return stored.body() == null
                        ? response
                        : Response.fromResponse(response)
                                .entity(stored.body())
                                .type(stored.contentType())
                                .build();
            });
        } catch (ProblemException e) {
            if (ranAndWasRefused(e.type())) {
                recordFailure(scope, key, hash, storedProblem(e, uri));
            }
            throw e;
        } catch (RuntimeException e) {
            var conflict = DataConflicts.from(e);
            if (conflict.isPresent()) {
                recordFailure(scope, key, hash, storedProblem(conflict.get(), uri));
                throw conflict.get();
            }
            // the claim rolled back with the work: a retry with the key runs the request again
            throw e;
        }
    }

    /**
     * The key as the client sent it. The framework hands an empty header value to the resource as if there were none,
     * and the first of repeated headers as if it were the only one; the request's own headers tell them apart, and both
     * are refused rather than run without the protection the client asked for.
     */
    private String keyOf(String keyParameter) {
        List<String> sent = headers.getRequestHeader(HEADER);
        if (sent != null && sent.size() > 1) {
            throw ProblemException.invalidParameter(HEADER, "single", "must be sent once, with one key");
        }
        return keyParameter == null && sent != null && sent.size() == 1 ? sent.get(0) : keyParameter;
    }

    /**
     * Whether a client error is kept for replay. As Stripe does, a request refused before it ran (400 or 422: it was
     * malformed or broke a rule, and nothing was executed) leaves no answer behind, so the key can carry the corrected
     * request; a refusal of a request that ran against the current state (403, 404, 409) is replayed like a success.
     * The key's own refusals (still in use, reused with another payload) never are, nor is a 503: the request did not
     * run, and the same key may carry it again.
     */
    private static boolean ranAndWasRefused(ProblemType type) {
        return type != ProblemType.IDEMPOTENCY_KEY_IN_USE
                && type.status() != 400
                && type.status() != 422
                && type.status() < 500;
    }

    /**
     * A client error is kept for replay like a success; a record another request committed meanwhile wins, and a record
     * that kept colliding is not kept: the client still gets the refusal, and a retry runs again.
     */
    private void recordFailure(String scope, String key, String hash, StoredResponse response) {
        try {
            store.recordFailure(scope, key, hash, response);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.CONTENTION) {
                throw e;
            }
        } catch (RuntimeException e) {
            if (!DataConflicts.isRetryable(e)) {
                throw e;
            }
        }
    }

    /** A POST that acts on an existing resource and answers 200 with the result, idempotent like every POST. */
    public Response ok(Caller caller, String key, UriInfo uri, Object request, Supplier<?> action) {
        return ok(caller, key, uri, request, null, action);
    }

    /** As {@link #ok}, for an answer that holds a secret: it is kept sealed with {@code seal}. */
    public Response ok(Caller caller, String key, UriInfo uri, Object request, AnswerSeal seal, Supplier<?> action) {
        return run(
                caller,
                key,
                uri,
                request,
                null,
                seal,
                () -> Response.ok(action.get()).build());
    }

    /**
     * A POST that creates several resources at once: 201 with what {@code create} answers and no {@code Location}, as
     * no one address names them all; idempotent like every POST.
     */
    public Response createMany(Caller caller, String key, UriInfo uri, Object request, Supplier<?> create) {
        return run(
                caller,
                key,
                uri,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(create.get())
                        .build());
    }

    /** A POST that creates one resource: 201 with its {@code Location}, idempotent like every POST. */
    public <V> Response create(
            Caller caller, String key, UriInfo uri, Object request, Supplier<V> create, Function<V, String> idOf) {
        return create(caller, key, uri, request, null, create, idOf);
    }

    /** As {@link #create}, for an answer that holds a secret: it is kept sealed with {@code seal}. */
    public <V> Response create(
            Caller caller,
            String key,
            UriInfo uri,
            Object request,
            AnswerSeal seal,
            Supplier<V> create,
            Function<V, String> idOf) {
        return run(caller, key, uri, request, null, seal, () -> {
            V view = create.get();
            return Created.at(uri, idOf.apply(view), view);
        });
    }

    /**
     * Runs the work in a new transaction, again after a collision with a concurrent one ({@link ConflictRetry}): the
     * claim of the key rolled back with the work, so the retry claims it afresh, and a unique key that a concurrent
     * request won is read as committed and answered as a sequential request would (the existing receivable, or a clear
     * 409), instead of a raw constraint failure.
     */
    private static Response inTransaction(Supplier<Response> work) {
        return ConflictRetry.run("POST", () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    /**
     * What identifies a request's payload: its path, the form of answer asked for, and its body as read (so formatting
     * and field order do not matter). Without a form the text is what it was before forms existed, so keys stored then
     * still match their retries.
     */
    public String requestHash(String path, String form, Object request) {
        return hash("POST " + path + "\n" + (form == null ? "" : "Prefer: " + form + "\n") + write(request));
    }

    private Response replayOf(StoredResponse stored, AnswerSeal seal) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            boolean sealed = seal != null && sealsAnswer(stored.status());
            builder.entity(sealed ? seal.open(stored.body()) : stored.body()).type(stored.contentType());
        }
        return builder.build();
    }

    /** Only successes are sealed: a refusal holds no secret, and is kept (and replayed) as it is. */
    private static boolean sealsAnswer(int status) {
        return status < 300;
    }

    private static StoredResponse sealed(StoredResponse stored, AnswerSeal seal) {
        return stored.body() == null || !sealsAnswer(stored.status())
                ? stored
                : new StoredResponse(
                        stored.status(), stored.contentType(), stored.location(), seal.seal(stored.body()));
    }

    private StoredResponse stored(Response response) {
        Object entity = response.getEntity();
        String location =
                response.getLocation() == null ? null : response.getLocation().toString();
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        return new StoredResponse(
                response.getStatus(), type.toString(), location, entity == null ? null : write(entity));
    }

    private StoredResponse storedProblem(ProblemException e, UriInfo uri) {
        Problem problem = e.toProblem(uri.getRequestUri().getRawPath());
        return new StoredResponse(problem.status(), Problem.MEDIA_TYPE, null, write(problem));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response for the idempotency store", e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
