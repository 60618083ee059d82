package org.scfin.financing;

import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/** An approval is priced against the reference rates in force on its value date. */
@QuarkusTest
class RatePricingTest {

    @Test
    void approvalRecordsSpreadsToLprAndTheRegionalAverage() {
        // the test runs in 1999, before any rate another test writes takes effect (the earliest is 2000-01-01), so the
        // rates in force on its value date are the two it writes
        LocalDate today = LocalDate.of(1999, 6, 1);
        TestClock.today(today);
        as(Tokens.admin())
                .body(Map.of("type", "LPR_1Y", "rate", new BigDecimal("3.0"), "effectiveFrom", "1999-01-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201);
        // Yongchang county (620321) has no average of its own; Jinchang city's applies
        as(Tokens.admin())
                .body(Map.of(
                        "type",
                        "REGIONAL_SME_AVERAGE",
                        "regionCode",
                        "620300",
                        "rate",
                        new BigDecimal("6.1"),
                        "effectiveFrom",
                        "1999-01-01"))
                .post("/api/v1/reference-rates")
                .then()
                .statusCode(201);
        Fixtures.Pair pair =
                new Fixtures.Pair(Fixtures.coreEnterprise("620302"), Fixtures.supplier("620321", "MICRO", true));
        Fixtures.link(pair.coreEnterpriseId(), pair.supplierId());
        String bank = Fixtures.bank("620300");
        String program = Fixtures.program(bank, pair.coreEnterpriseId(), "1000000.00", "100", "3.5", "5.0", "UPFRONT");
        FinancingFixture fx = new FinancingFixture(pair, bank, program);
        String id = fx.apply("10000.00", fx.receivable("10000.00"));
        fx.approve(id, "3.6", "100", today);
        // 3.6 - 3.0 = +0.60 points = 60 bp; 3.6 - 6.1 = -2.50 points = -250 bp
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .statusCode(200)
                .body("spreadToLprBp", equalTo(60))
                .body("spreadToRegionalAverageBp", equalTo(-250));
    }
}
