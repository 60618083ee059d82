package org.scfin.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * The service's own database server frozen (SIGSTOP, as a hung host or a stalled disk would leave it) and killed
 * (SIGKILL): requests are answered 503 {@code database-unavailable} with {@code Retry-After} within 2 s, never 500,
 * readiness is down and liveness up; the service serves again by itself once the server runs, and in embedded mode it
 * starts a killed server again.
 */
@QuarkusTest
@TestProfile(SupervisedServer.class)
class DatabaseOutageTest {

    private static final long PROMISED_MS = 2_000;
    private static final long RECOVERY_MS = 5_000;
    private static final int CLIENTS = 20;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String token = Tokens.admin();

    @Test
    void aFrozenServerIsAnswered503AtOnceAndServedAgainWhenItRuns() throws Exception {
        assertThat(get("/api/v1/banks").status()).isEqualTo(200);
        long pid = serverPid();
        signal("STOP", pid);
        List<Answer> answers = new ArrayList<>();
        try {
            // requests that arrive as the server freezes and take idle connections to it, then requests that follow
            answers.addAll(concurrently(CLIENTS));
            answers.addAll(concurrently(CLIENTS));
            assertThat(get("/q/health/ready").status()).as("readiness").isEqualTo(503);
            assertThat(get("/q/health/live").status()).as("liveness").isEqualTo(200);
        } finally {
            signal("CONT", pid);
        }
        assertThat(answers).allSatisfy(DatabaseOutageTest::isPrompt503);

        assertThat(untilServed()).as("ms until served again").isLessThanOrEqualTo(RECOVERY_MS);
        assertThat(get("/q/health/ready").status()).isEqualTo(200);
        assertThat(Fixtures.bank("620302")).as("writes too").isNotBlank();
    }

    @Test
    void aKilledServerIsStartedAgainAndServed() throws Exception {
        assertThat(get("/api/v1/banks").status()).isEqualTo(200);
        long pid = serverPid();
        signal("KILL", pid);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Answer answer;
        do {
            answer = get("/api/v1/banks");
            assertThat(answer.status()).as(answer.body()).isIn(200, 503);
            if (answer.status() == 503) {
                isPrompt503(answer);
                Thread.sleep(100);
            }
        } while (answer.status() != 200 && System.nanoTime() < deadline);

        assertThat(answer.status()).as("served again within 60 s").isEqualTo(200);
        assertThat(serverPid()).as("a new server process").isNotEqualTo(pid);
        assertThat(Fixtures.bank("620302")).isNotBlank();
    }

    private static void isPrompt503(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.millis()).as("answered within %d ms", PROMISED_MS).isLessThanOrEqualTo(PROMISED_MS);
        assertThat(answer.retryAfter()).isEqualTo("1");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains("https://scfin.org/problems/database-unavailable")
                .doesNotContain("Exception")
                .doesNotContain("SQL");
    }

    /** Milliseconds until an API call answers 200 again. */
    private long untilServed() throws Exception {
        long start = System.nanoTime();
        while (get("/api/v1/banks").status() != 200
                && System.nanoTime() - start < Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private List<Answer> concurrently(int clients) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                calls.add(callers.submit(() -> get("/api/v1/banks")));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }

    private Answer get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                (System.nanoTime() - start) / 1_000_000,
                response.headers().firstValue("Retry-After").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static long serverPid() throws IOException {
        return Long.parseLong(Files.readString(SupervisedServerResource.ROOT.resolve("mariadb.pid"))
                .trim());
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
    }

    private record Answer(int status, long millis, String retryAfter, String contentType, String body) {}
}
