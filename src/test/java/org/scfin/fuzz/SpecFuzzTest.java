package org.scfin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.scfin.fuzz.OpenApiSpec.Operation;

/**
 * Calls every operation of the committed OpenAPI document with every role's token, {@code fuzz.rounds} times each
 * (well-formed requests and requests with one place mutated), and holds every answer to four rules: never a 5xx; every
 * 4xx is problem+json with its status in the body; every 2xx JSON answer is one the document declares for the operation
 * and matches its schema; a refused write leaves the row counts as they were.
 *
 * <p>The seed is fixed ({@code fuzz.seed}), so a failure repeats; {@code scripts/test -Dtest=SpecFuzzTest
 * -Dfuzz.rounds=200 -Dfuzz.seed=...} runs longer or elsewhere in the space of requests.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class SpecFuzzTest {

    private static final Logger LOG = Logger.getLogger(SpecFuzzTest.class);
    private static final int MAX_REPORTED = 60;

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void everyOperationHoldsItsPromisesUnderMutatedRequests() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261201L);
        int rounds = Integer.getInteger("fuzz.rounds", 8);
        OpenApiSpec spec = OpenApiSpec.read(Path.of("openapi", "openapi.json"));
        SchemaCheck schemas = new SchemaCheck(spec);
        World world = World.create();
        RequestFactory factory = new RequestFactory(spec, world, seed);
        Map<String, String> failures = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int sent = 0;
        long started = System.nanoTime();
        try (RowCounts counts = new RowCounts()) {
            for (int round = 0; round < rounds; round++) {
                for (Operation op : spec.operations()) {
                    for (String role : world.tokens().keySet()) {
                        FuzzRequest request = factory.next(op, role);
                        Map<String, Long> before = op.writes() ? counts.now() : null;
                        HttpResponse<byte[]> response = send(request);
                        sent++;
                        statuses.merge(response.statusCode() / 100 + "xx", 1, Integer::sum);
                        List<String> broken = broken(request, response, schemas);
                        if (before != null && response.statusCode() >= 400) {
                            Map<String, Long> after = counts.now();
                            if (!after.equals(before)) {
                                broken.add("refused with " + response.statusCode() + " yet rows changed: "
                                        + changed(before, after));
                            }
                        }
                        if (!broken.isEmpty()) {
                            // one example per operation, status and broken rule: the report shows each defect once
                            String signature = request.operation() + " -> " + response.statusCode() + " "
                                    + broken.get(0).replaceAll("'.*'", "");
                            failures.putIfAbsent(
                                    signature,
                                    request.operation() + " as " + request.role() + " [" + request.mutation() + "] -> "
                                            + response.statusCode() + ": " + broken + "\n    " + request.reproduction()
                                            + "\n    answer: "
                                            + abbreviate(new String(response.body())));
                        }
                    }
                }
            }
        }
        LOG.infof(
                "Fuzzed %d operations with seed %d: %d requests in %d s, %s",
                spec.operations().size(),
                seed,
                sent,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                statuses);
        assertThat(failures.values().stream().limit(MAX_REPORTED).toList())
                .as("%d kinds of request broke a rule; an example of each (first %d)", failures.size(), MAX_REPORTED)
                .isEmpty();
    }

    private HttpResponse<byte[]> send(FuzzRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + request.rawTarget()))
                .timeout(Duration.ofSeconds(30))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(h -> builder.header(h.getKey(), h.getValue()));
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> broken(FuzzRequest request, HttpResponse<byte[]> response, SchemaCheck schemas) {
        List<String> broken = new ArrayList<>();
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            broken.add("server error");
        } else if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                broken.add("a " + status + " that is not problem+json (Content-Type '" + type + "')");
            } else {
                JsonNode problem = parse(response.body());
                if (problem == null
                        || problem.path("status").asInt() != status
                        || !problem.path("title").isTextual()) {
                    broken.add("a problem without its status and title");
                }
            }
        } else if (status >= 200 && status < 300 && type.startsWith("application/json")) {
            Operation op = request.operation();
            if (!op.responses().containsKey(status)) {
                broken.add("status " + status + " is not one the document declares");
            } else {
                JsonNode answer = parse(response.body());
                if (answer == null) {
                    broken.add("answer is not JSON");
                } else {
                    broken.addAll(schemas.violations(answer, op.responses().get(status)));
                }
            }
        } else if (status < 200 || status >= 300) {
            broken.add("unexpected status");
        }
        if (!"nosniff"
                        .equals(response.headers()
                                .firstValue("X-Content-Type-Options")
                                .orElse(null))
                || !"no-store"
                        .equals(response.headers().firstValue("Cache-Control").orElse(null))) {
            broken.add("an API answer without X-Content-Type-Options: nosniff and Cache-Control: no-store");
        }
        return broken;
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changes = new TreeMap<>();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changes.put(table, count + " -> " + after.get(table));
            }
        });
        return changes.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
