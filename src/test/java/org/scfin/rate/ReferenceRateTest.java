package org.scfin.rate;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Tokens;

@QuarkusTest
class ReferenceRateTest {

    @Inject
    ReferenceRateService rates;

    private static Map<String, Object> rate(String type, String region, String value, String from) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        if (region != null) {
            body.put("regionCode", region);
        }
        body.put("rate", new BigDecimal(value));
        body.put("effectiveFrom", from);
        return body;
    }

    @Test
    void theRateInForceIsTheLatestEffectiveOnOrBeforeTheDate() {
        // Ulanqab's Siziwang banner (150929) and its city: a region no other test prices
        as(Tokens.admin())
                .body(rate("REGIONAL_SME_AVERAGE", "150900", "6.90", "2024-01-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201)
                .body("regionCode", equalTo("150900"))
                .body("rate", equalTo(new BigDecimal("6.9000")));
        as(Tokens.admin())
                .body(rate("REGIONAL_SME_AVERAGE", "150900", "6.50", "2025-01-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201);
        Assertions.assertThat(rates.regionalAverage("150900", LocalDate.of(2023, 12, 31)))
                .isEmpty();
        Assertions.assertThat(rates.regionalAverage("150900", LocalDate.of(2024, 6, 30)))
                .contains(new BigDecimal("6.9000"));
        Assertions.assertThat(rates.regionalAverage("150900", LocalDate.of(2025, 1, 1)))
                .contains(new BigDecimal("6.5000"));
        // a county without its own average takes its city's, then its province's
        Assertions.assertThat(rates.regionalAverage("150929", LocalDate.of(2025, 3, 1)))
                .contains(new BigDecimal("6.5000"));
        as(Tokens.admin())
                .body(rate("REGIONAL_SME_AVERAGE", "150929", "7.10", "2025-02-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201);
        Assertions.assertThat(rates.regionalAverage("150929", LocalDate.of(2025, 3, 1)))
                .contains(new BigDecimal("7.1000"));
        as(Tokens.admin())
                .body(rate("REGIONAL_SME_AVERAGE", "150000", "6.00", "2020-01-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201);
        Assertions.assertThat(rates.regionalAverage("150902", LocalDate.of(2021, 3, 1)))
                .contains(new BigDecimal("6.0000"));
    }

    @Test
    void spreadsAreInBasisPoints() {
        Assertions.assertThat(Spreads.basisPoints(new BigDecimal("3.6000"), new BigDecimal("3.0000")))
                .isEqualTo(60);
        Assertions.assertThat(Spreads.basisPoints(new BigDecimal("3.7"), new BigDecimal("6.2")))
                .isEqualTo(-250);
        Assertions.assertThat(Spreads.basisPoints(new BigDecimal("3.655"), new BigDecimal("3.1")))
                .isEqualTo(56);
        Assertions.assertThat(Spreads.basisPoints(new BigDecimal("3.6"), null)).isNull();
    }

    @Test
    void nationalAndRegionalRatesAreNamedCorrectly() {
        as(Tokens.admin())
                .body(rate("LPR_5Y", "620300", "3.5", "2025-05-20"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("national-rate"));
        as(Tokens.admin())
                .body(rate("REGIONAL_SME_AVERAGE", null, "6.2", "2025-01-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
        as(Tokens.admin())
                .body(rate("REGIONAL_SME_AVERAGE", "629999", "6.2", "2025-01-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("known-region"));
        String id = as(Tokens.admin())
                .body(rate("LPR_5Y", null, "3.5", "2025-05-20"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201)
                .body("regionCode", equalTo(null))
                .extract()
                .path("id");
        as(Tokens.admin())
                .body(rate("LPR_5Y", null, "3.6", "2025-05-20"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(409);
        as(Tokens.bank("X"))
                .body(rate("LPR_5Y", null, "3.4", "2025-06-20"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(403);
        as(Tokens.dashboard(null))
                .get("/api/v1/reference-rates?type=LPR_5Y")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }
}
