package org.scfin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.testing.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Browser;
import org.scfin.testing.Fixtures;
import org.scfin.testing.LineBorrower;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.Tokens;

/**
 * The credit-information card over figures that are not zero: in Urumqi (650100), which no other test writes in, a pool
 * of two products, lending through a line and without one, and consented and public reads, this year. The demo data has
 * none of these of its own, so the demo's browser test sees the card only against zeros.
 */
@QuarkusTest
class CreditPanelBrowserTest {

    private static final String CITY = "650100";
    private static final String COUNTY = "650102";
    private static final String CARD = "cardCreditInformation";
    private static final Path OUT = Path.of("target", "dashboard");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1400, 1000, OUT.resolve("downloads"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCreditCardShowsTheRegionsLineLendingReadsAndPool() throws IOException {
        String bank = Fixtures.bank(CITY);
        String product = PoolFixtures.publish(bank, PoolFixtures.product("PURE_CREDIT", "3.5", "5.0", CITY));
        PoolFixtures.publish(bank, PoolFixtures.product("GUARANTEE", "4.0", "6.0", COUNTY));
        LineBorrower white = LineBorrower.of(COUNTY, true, bank);
        LineBorrower recorded = LineBorrower.of(COUNTY, false, bank);
        white.disbursed(bank, white.line(bank, product));
        recorded.disbursed(bank, null);
        white.consentTo(bank);
        white.readBy(bank, "FULL");
        recorded.readBy(bank, "PUBLIC");

        String year = Integer.toString(Times.today().getYear());
        String token = Tokens.dashboard(CITY);
        DashboardPage page = new DashboardPage(browser, base.toString());
        page.open("#region=" + CITY + "&period=year:" + year + "&series=month");
        page.signIn(token);
        page.awaitRegion(CITY);

        Response response = as(token).get("/api/v1/stats/regions/" + CITY + "?year=" + year);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stats = JSON.readTree(response.asString());
        Map<String, Map<String, String>> shown = page.figures().stream()
                .filter(f -> f.get("key").startsWith("creditInformation."))
                .collect(Collectors.toMap(f -> f.get("key"), f -> f));
        assertThat(shown.keySet())
                .as("the card's figures")
                .containsAll(DashboardBrowserTest.REQUIRED_FIGURES.stream()
                        .filter(key -> key.startsWith("creditInformation."))
                        .toList());
        for (Map<String, String> figure : shown.values()) {
            assertThat(figure.get("value"))
                    .as(figure.get("key"))
                    .isEqualTo(PageFigures.written(stats, figure.get("key"), figure.get("format")));
        }
        // what this scene put there, as the page writes it: not a page of dashes and zeros
        assertThat(value(shown, "lineLending.count")).isEqualTo("1");
        assertThat(value(shown, "lineLending.amount")).isEqualTo("9,000.00");
        assertThat(value(shown, "lineLending.creditWhiteBorrowerSharePct")).isEqualTo("100.00");
        assertThat(value(shown, "lineLending.amountSharePct")).isEqualTo("50.00");
        assertThat(value(shown, "profileReads.consented")).isEqualTo("1");
        assertThat(value(shown, "profileReads.publicOnly")).isEqualTo("1");
        assertThat(value(shown, "productPool.products")).isEqualTo("2");
        assertThat(value(shown, "productPool.pureCreditShare")).isEqualTo("50.00");
        assertThat(value(shown, "productPool.averageRate")).isEqualTo("4.625");
        assertThat(page.cardTitle(CARD)).isEqualTo("信易贷与信用信息");
        assertThat(browser.consoleErrors()).as("the browser console").isEmpty();
        browser.screenshot(OUT.resolve(CITY + "-credit-card.png"));
    }

    private static String value(Map<String, Map<String, String>> shown, String key) {
        return shown.get("creditInformation." + key).get("value");
    }
}
