package org.scfin.financing;

import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/** An approval is priced against the reference rates in force on its value date. */
@QuarkusTest
class RatePricingTest {

    @Test
    void approvalRecordsSpreadsToLprAndTheRegionalAverage() {
        // the only test that writes 1-year LPRs: one long before any value date used in the tests
        as(Tokens.admin()).body(Map.of("type", "LPR_1Y", "rate", new BigDecimal("3.0"), "effectiveFrom", "2000-01-01"))
                .post("/api/v1/reference-rates").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        // Yongchang county (620321) has no average of its own; Jinchang city's applies
        as(Tokens.admin()).body(Map.of("type", "REGIONAL_SME_AVERAGE", "regionCode", "620300", "rate", new BigDecimal("6.1"),
                "effectiveFrom", "2001-01-01")).post("/api/v1/reference-rates").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        Fixtures.Pair pair = new Fixtures.Pair(Fixtures.coreEnterprise("620302"), Fixtures.supplier("620321", "MICRO", true));
        Fixtures.link(pair.coreEnterpriseId(), pair.supplierId());
        String bank = Fixtures.bank("620300");
        String program = Fixtures.program(bank, pair.coreEnterpriseId(), "1000000.00", "100", "3.5", "5.0", "UPFRONT");
        FinancingFixture fx = new FinancingFixture(pair, bank, program);
        String id = fx.apply("10000.00", fx.receivable("10000.00"));
        fx.approve(id, "3.6", "100", Times.today());
        as(fx.bankToken()).get("/api/v1/financings/{id}", id).then().statusCode(200)
                .body("spreadToLprBp", equalTo(60)).body("spreadToRegionalAverageBp", equalTo(-250));
    }
}
