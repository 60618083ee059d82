package org.scfin.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** Errors raised outside our resources (HTTP limits, Jackson failures Quarkus maps itself) are problem+json too. */
@QuarkusTest
class EveryErrorIsProblemJsonTest {

    @Test
    void aHundredKilobyteQueryStringIs414ProblemJson() {
        Response r = as(Tokens.admin()).urlEncodingEnabled(false).get("/api/v1/banks?name=" + "a".repeat(100 * 1024));
        r.then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("type", equalTo("https://scfin.org/problems/uri-too-long"));
    }

    @Test
    void aFiftyMegabyteChunkedUploadIs413ProblemJson() throws Exception {
        try (RawHttp connection = RawHttp.connect()) {
            connection.sendHead("POST /api/v1/banks HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.admin() + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked");
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return connection.readUntilClosed(30_000);
                } catch (IOException e) {
                    return "reset before any answer: " + e;
                }
            });
            byte[] chunk = chunk(64 * 1024);
            try {
                for (int sent = 0; sent < 50 * 1024 * 1024 && !answer.isDone(); sent += 64 * 1024) {
                    connection.write(chunk);
                }
            } catch (IOException e) {
                // the server stopped reading: its answer is what counts
            }
            String text = answer.get(30, TimeUnit.SECONDS);
            assertThat(text)
                    .startsWith("HTTP/1.1 413")
                    .contains("application/problem+json")
                    .contains("\"status\":413")
                    .contains("payload-too-large");
        }
    }

    /**
     * A key given twice in a record's body made Jackson fail with a definition error, which Quarkus answered with an
     * empty 500 of its own. Whatever status such a failure gets, it is problem+json.
     */
    @Test
    void aJacksonDefinitionErrorIsProblemJson() {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "100.00");
        Response r = as(pair.erpToken())
                .body("{\"reason\": \"a\", \"reason\": \"b\"}")
                .post("/api/v1/receivables/{id}/reject", id);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(r.statusCode());
        assertThat(r.asString()).doesNotContain("jackson", "org.scfin", "Exception");
    }

    private static byte[] chunk(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) ' ');
        byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[head.length + size + 2];
        System.arraycopy(head, 0, chunk, 0, head.length);
        System.arraycopy(data, 0, chunk, head.length, size);
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }
}
