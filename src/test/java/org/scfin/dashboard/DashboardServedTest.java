package org.scfin.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page and its scripts are served by the service, to anyone: they hold no data (the figures come from the API, with
 * the token the user pastes). Nothing is fetched from elsewhere: ECharts comes from the org.mvnpm:echarts jar.
 */
@QuarkusTest
class DashboardServedTest {

    @Test
    void thePageAnswersWithoutAToken() {
        given().redirects()
                .follow(false)
                .get("/dashboard")
                .then()
                .statusCode(302)
                .header("Location", startsWith("/dashboard/"));
        given().get("/dashboard")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/_static/echarts/5.6.0/dist/echarts.min.js"));
    }

    @Test
    void itsScriptsAndEchartsAreServedHere() {
        for (String path : List.of(
                "/dashboard/dashboard.css",
                "/dashboard/js/main.js",
                "/dashboard/js/cards.js",
                "/_static/echarts/5.6.0/dist/echarts.min.js")) {
            Response r = given().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        String page = given().get("/dashboard/").asString();
        assertThat(page).as("no address outside the service").doesNotContain("http://", "https://", "//cdn");
    }
}
