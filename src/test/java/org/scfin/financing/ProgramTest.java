package org.scfin.financing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

@QuarkusTest
class ProgramTest {

    private static Map<String, Object> program(String coreEnterpriseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("coreEnterpriseId", coreEnterpriseId);
        body.put("creditLimit", new BigDecimal("50000000.00"));
        body.put("maxAdvanceRatio", new BigDecimal("90"));
        body.put("rateFloor", new BigDecimal("3.7"));
        body.put("rateCap", new BigDecimal("5.0"));
        body.put("interestMode", "UPFRONT");
        body.put("validFrom", "2025-01-01");
        body.put("validTo", "2026-12-31");
        body.put("collectionAccount", Fixtures.collectionAccount());
        return body;
    }

    @Test
    void aBankCreatesItsOwnProgramWithDefaults() {
        Pair pair = Fixtures.pair();
        String bank = Fixtures.bank("620300");
        String id = as(Tokens.bank(bank))
                .body(program(pair.coreEnterpriseId()))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .body("bankId", equalTo(bank))
                .body("dayCount", equalTo("ACT_360"))
                .body("status", equalTo("ACTIVE"))
                .body("reservedPrincipal", equalTo(new BigDecimal("0.00")))
                .body("availableLimit", equalTo(new BigDecimal("50000000.00")))
                .body("rateFloor", equalTo(new BigDecimal("3.7000")))
                .extract()
                .path("id");
        Map<String, Object> forOther = program(pair.coreEnterpriseId());
        forOther.put("bankId", Fixtures.bank("620300"));
        as(Tokens.bank(bank))
                .body(forOther)
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("own-bank"));
        as(Tokens.admin())
                .body(program(pair.coreEnterpriseId()))
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("bankId"));
        as(pair.erpToken())
                .body(program(pair.coreEnterpriseId()))
                .post("/api/v1/programs")
                .then()
                .statusCode(403);

        as(pair.erpToken()).get("/api/v1/programs").then().statusCode(200).body("items.id", hasItem(id));
        as(pair.supplierToken()).get("/api/v1/programs/{id}", id).then().statusCode(200);
        as(Tokens.bank(Fixtures.bank("620300")))
                .get("/api/v1/programs/{id}", id)
                .then()
                .statusCode(404);
        as(Tokens.supplier(Fixtures.supplier()))
                .get("/api/v1/programs/{id}", id)
                .then()
                .statusCode(404);
        as(Tokens.dashboard(null)).get("/api/v1/programs").then().statusCode(403);
    }

    @Test
    void boundsAndDatesMustBeConsistent() {
        Pair pair = Fixtures.pair();
        String bank = Fixtures.bank("620300");
        Map<String, Object> inverted = program(pair.coreEnterpriseId());
        inverted.put("rateFloor", new BigDecimal("5.5"));
        as(Tokens.bank(bank))
                .body(inverted)
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("rateCap"));
        Map<String, Object> backwards = program(pair.coreEnterpriseId());
        backwards.put("validTo", "2024-12-31");
        as(Tokens.bank(bank))
                .body(backwards)
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("validTo"));
        Map<String, Object> ratio = program(pair.coreEnterpriseId());
        ratio.put("maxAdvanceRatio", new BigDecimal("100.01"));
        as(Tokens.bank(bank))
                .body(ratio)
                .post("/api/v1/programs")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("maxAdvanceRatio"));
    }

    @Test
    void itsBankChangesLimitRatesValidityAndStatus() {
        FinancingFixture fx = FinancingFixture.create("100000.00", "UPFRONT");
        as(fx.bankToken())
                .body(Map.of("creditLimit", new BigDecimal("200000.00"), "rateCap", new BigDecimal("4.5")))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200)
                .body("creditLimit", equalTo(new BigDecimal("200000.00")))
                .body("rateCap", equalTo(new BigDecimal("4.5000")))
                .body("rateFloor", equalTo(new BigDecimal("3.5000")));
        as(fx.bankToken())
                .body(Map.of("rateCap", new BigDecimal("3.0")))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("not-below-floor"));
        as(Tokens.bank(Fixtures.bank("620300")))
                .body(Map.of("creditLimit", 1))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(404);
        as(fx.pair().erpToken())
                .body(Map.of("creditLimit", 1))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(403);

        // a suspended program takes no applications; a closed one cannot reopen
        as(fx.bankToken())
                .body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200);
        as(fx.pair().supplierToken())
                .body(Map.of(
                        "programId",
                        fx.programId(),
                        "receivableIds",
                        List.of(fx.receivable("10.00")),
                        "requestedAmount",
                        new BigDecimal("5")))
                .post("/api/v1/financings")
                .then()
                .statusCode(409);
        as(fx.bankToken())
                .body(Map.of("status", "CLOSED"))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200);
        as(fx.bankToken())
                .body(Map.of("status", "ACTIVE"))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(409);
        as(fx.bankToken()).get("/api/v1/programs?status=ACTIVE").then().body("items.id", not(hasItem(fx.programId())));
        as(fx.bankToken())
                .body(Map.of("validTo", Times.today().minusYears(2).toString()))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(422);
    }
}
