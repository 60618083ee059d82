package org.scfin.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Inject
    SmallRyeHealthReporter health;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /**
     * The public answer carries only the status (PublicSurfaceTest), so the checks behind it are read from the
     * reporter.
     */
    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        List<String> checks = health.getReadiness().getPayload().getJsonArray("checks").stream()
                .map(check -> check.asJsonObject().getString("name"))
                .toList();
        assertThat(checks).anyMatch(name -> name.contains("Database"));
    }

    @Test
    void prometheusMetricsAreExposedOnTheManagementInterface() {
        given().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void everyApiOperationIsDocumentedWithErrorsAndExamples() {
        JsonPath spec = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> expected = List.of(
                "/api/v1/regions",
                "/api/v1/regions/{code}",
                "/api/v1/core-enterprises",
                "/api/v1/core-enterprises/{id}",
                "/api/v1/core-enterprises/{id}/suppliers",
                "/api/v1/core-enterprises/{id}/suppliers/{supplierId}",
                "/api/v1/suppliers",
                "/api/v1/suppliers/{id}",
                "/api/v1/banks",
                "/api/v1/banks/{id}",
                "/api/v1/industrial-chains",
                "/api/v1/industrial-chains/{id}",
                "/api/v1/receivables",
                "/api/v1/receivables/batch",
                "/api/v1/receivables/{id}",
                "/api/v1/receivables/{id}/confirm",
                "/api/v1/receivables/{id}/reject",
                "/api/v1/receivables/{id}/adjust",
                "/api/v1/receivables/{id}/cancel");
        assertThat(paths.keySet()).containsAll(expected);
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("401", "500");
            assertThat(operation.get("summary"))
                    .as(method + " " + path + " summary")
                    .isNotNull();
        }));
        assertThat(spec.getString(
                        "paths.'/api/v1/receivables/batch'.post.requestBody.content.'application/json'.examples"))
                .contains("AP-2025-000123");
        assertThat(new BigDecimal(spec.getString("components.schemas.ReceivableInput.properties.amount.examples[0]")))
                .isEqualByComparingTo("1250000.00");
        // every POST declares the header exactly once (a parameter is unique by name and place)
        paths.forEach((path, operations) -> {
            if (operations.containsKey("post")) {
                List<String> names = spec.getList("paths.'" + path + "'.post.parameters.name");
                assertThat(names).as(path).containsOnlyOnce("Idempotency-Key");
            }
        });
        assertThat(spec.getMap("components.schemas")).containsKeys("Problem", "FieldError");
    }
}
