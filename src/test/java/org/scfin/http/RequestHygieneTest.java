package org.scfin.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/** A body is read only as the type it declares, and a query parameter has one value. */
@QuarkusTest
class RequestHygieneTest {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aBodyWithoutContentTypeIs415AndNothingIsWritten() throws Exception {
        String name = "银行-" + UUID.randomUUID();
        String bank = "{\"name\": \"" + name + "\", \"creditCode\": \"" + CreditCodes.random("620302")
                + "\", \"regionCode\": \"620302\", \"type\": \"CITY_COMMERCIAL\"}";
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(uri("/api/v1/banks"))
                        .header("Authorization", "Bearer " + Tokens.admin())
                        .POST(HttpRequest.BodyPublishers.ofString(bank))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(415);
        assertThat(post.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.from(post.body()).getInt("status")).isEqualTo(415);
        assertThat(JsonPath.from(post.body()).getString("detail")).contains("Content-Type");
        as(Tokens.admin())
                .queryParam("name", name)
                .get("/api/v1/banks")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        String chain = Fixtures.shortId();
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(uri("/api/v1/banks/0KZ4J2D1X3B7R"))
                        .header("Authorization", "Bearer " + Tokens.admin())
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + chain + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(415);
        assertThat(put.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aPostWithoutBodyNeedsNoContentType() throws Exception {
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(uri("/api/v1/receivables/0KZ4J2D1X3B7R/confirm"))
                        .header("Authorization", "Bearer " + Tokens.erp(Fixtures.coreEnterprise()))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
    }

    @Test
    void aRepeatedQueryParameterIs400NamingIt() {
        as(Tokens.admin())
                .get("/api/v1/banks?page=0&page=1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].rule", equalTo("single-value"));
        as(Tokens.admin())
                .get("/api/v1/regions?parent=62&parent=6203")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parent"));
        as(Tokens.admin()).get("/api/v1/banks?page=0&size=5").then().statusCode(200);
    }

    /** The REST layer decodes and normalises the path before it matches a resource; the checks see it the same way. */
    @Test
    void theChecksHoldHoweverThePathIsWritten() throws Exception {
        String body = "{\"name\": \"x\"}";
        for (String path : List.of("/%61pi/v1/banks", "/./api/v1/banks", "/api/v1/../v1/banks")) {
            HttpResponse<String> post = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Authorization", "Bearer " + Tokens.admin())
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(path).isEqualTo(415);
            HttpResponse<String> get = http.send(
                    HttpRequest.newBuilder(uri(path + "?page=0&page=1"))
                            .header("Authorization", "Bearer " + Tokens.admin())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).as(path).isEqualTo(400);
        }
        HttpResponse<String> blank = http.send(
                HttpRequest.newBuilder(uri("/api/v1/banks"))
                        .header("Authorization", "Bearer " + Tokens.admin())
                        .header("Content-Type", " ")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(blank.statusCode()).as("a blank Content-Type").isEqualTo(415);
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }
}
