package org.scfin.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.scfin.testing.Api.anonymous;
import static org.scfin.testing.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Tokens;

/**
 * The public port serves the API, health and the dashboard page (DashboardServedTest), and every API answer tells
 * browsers and caches not to guess its type or keep it. Metrics are on the management interface.
 */
@QuarkusTest
class PublicSurfaceTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    private static void assertHardened(Response response) {
        assertThat(response.header("X-Content-Type-Options"))
                .as(response.statusCode() + " nosniff")
                .isEqualTo("nosniff");
        assertThat(response.header("Cache-Control"))
                .as(response.statusCode() + " no-store")
                .isEqualTo("no-store");
    }

    @Test
    void apiAnswersForbidSniffingAndStoring() {
        assertHardened(as(Tokens.admin())
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertHardened(anonymous()
                .get("/api/v1/regions")
                .then()
                .statusCode(401)
                .extract()
                .response());
        assertHardened(as(Tokens.admin())
                .get("/api/v1/banks/0KZ4J2D1X3B7R")
                .then()
                .statusCode(404)
                .extract()
                .response());
        assertHardened(as(Tokens.admin())
                .get("/api/v1/banks?page=x")
                .then()
                .statusCode(400)
                .extract()
                .response());
        assertHardened(as(Tokens.admin())
                .body("{\"name\": ")
                .post("/api/v1/banks")
                .then()
                .statusCode(400)
                .extract()
                .response());
        assertHardened(as(Tokens.admin())
                .body(Map.of("name", "x"))
                .post("/api/v1/banks")
                .then()
                .statusCode(422)
                .extract()
                .response());
        String huge = "{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        assertHardened(as(Tokens.admin())
                .body(huge)
                .post("/api/v1/banks")
                .then()
                .statusCode(413)
                .extract()
                .response());
        assertHardened(as(Tokens.admin())
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .extract()
                .response());
    }

    @Test
    void metricsAreOnTheManagementInterfaceOnly() {
        given().get("/q/metrics").then().statusCode(404);
        given().get(managementMetrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthAnswersOnlyUpOrDown() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/health/started")) {
            Map<String, Object> body = given().get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
            assertThat(body).as(path).containsExactly(Map.entry("status", "UP"));
        }
    }
}
