package org.scfin.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Tokens;

/**
 * The JDK's HttpClient, which generated Java clients use, asks for HTTP/2 by default: its first request on a plain
 * connection carries an h2c upgrade. A request with a body must still be served (the service declines the upgrade and
 * answers over HTTP/1.1), not fail with a 500 because its body was already read when the REST layer paused it.
 */
@QuarkusTest
class Http2UpgradeTest {

    @TestHTTPResource("/api/v1/banks")
    URL banks;

    @Test
    void aBodySentByAClientThatOffersHttp2IsServed() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        // an invalid bank: the answer is the validation's 422, which only a request whose body was read can get
        HttpRequest request = HttpRequest.newBuilder(URI.create(banks.toString()))
                .header("Authorization", "Bearer " + Tokens.admin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"\"}"))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"name\"");
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }
}
