package org.scfin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** For each role, what it may do and what it may not: another party's object is 404, a forbidden action 403. */
@QuarkusTest
class RoleAccessTest {

    @Test
    void onlyAdminsWriteMasterData() {
        Pair pair = Fixtures.pair();
        Map<String, Object> bank = Map.of(
                "name",
                "某银行",
                "creditCode",
                CreditCodes.random("620300"),
                "regionCode",
                "620300",
                "type",
                "VILLAGE_BANK");
        for (String token : List.of(
                pair.erpToken(), pair.supplierToken(), Tokens.bank(Fixtures.bank("620300")), Tokens.dashboard(null))) {
            as(token).body(bank).post("/api/v1/banks").then().statusCode(403).contentType("application/problem+json");
            as(token)
                    .body(Map.of(
                            "name",
                            "x",
                            "creditCode",
                            CreditCodes.random(),
                            "regionCode",
                            "620302",
                            "sizeClass",
                            "MICRO",
                            "creditWhite",
                            false))
                    .post("/api/v1/suppliers")
                    .then()
                    .statusCode(403);
        }
        as(Tokens.admin()).body(bank).post("/api/v1/banks").then().statusCode(201);
    }

    @Test
    void erpSeesOnlyItsOwnCoreEnterpriseAndReceivables() {
        Pair mine = Fixtures.pair();
        Pair theirs = Fixtures.pair();
        String theirReceivable = Fixtures.confirmedReceivable(theirs, "1000.00");
        String myReceivable = Fixtures.confirmedReceivable(mine, "2000.00");

        as(mine.erpToken())
                .get("/api/v1/receivables/{id}", theirReceivable)
                .then()
                .statusCode(404);
        as(mine.erpToken()).get("/api/v1/receivables/{id}", myReceivable).then().statusCode(200);
        List<String> listed = as(mine.erpToken())
                .get("/api/v1/receivables?size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).contains(myReceivable).doesNotContain(theirReceivable);
        // asking for another core enterprise's receivables by filter yields nothing, not their data
        as(mine.erpToken())
                .get("/api/v1/receivables?coreEnterpriseId=" + theirs.coreEnterpriseId())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        as(mine.erpToken())
                .get("/api/v1/core-enterprises/{id}", theirs.coreEnterpriseId())
                .then()
                .statusCode(404);
        as(mine.erpToken())
                .get("/api/v1/core-enterprises/{id}", mine.coreEnterpriseId())
                .then()
                .statusCode(200);
        as(mine.erpToken())
                .get("/api/v1/core-enterprises/{id}/suppliers", theirs.coreEnterpriseId())
                .then()
                .statusCode(404);
        as(mine.erpToken())
                .get("/api/v1/suppliers/{id}", theirs.supplierId())
                .then()
                .statusCode(404);
        as(mine.erpToken())
                .get("/api/v1/suppliers/{id}", mine.supplierId())
                .then()
                .statusCode(200);
    }

    @Test
    void erpCannotActOnAnotherCoreEnterprisesReceivables() {
        Pair mine = Fixtures.pair();
        Pair theirs = Fixtures.pair();
        String theirReceivable = Fixtures.confirmedReceivable(theirs, "1000.00");
        as(mine.erpToken())
                .body(Map.of("reason", "not ours"))
                .post("/api/v1/receivables/{id}/cancel", theirReceivable)
                .then()
                .statusCode(404);
        as(mine.erpToken())
                .body(Map.of("creditNoteNumber", "CN-1", "amount", 1, "reason", "x"))
                .post("/api/v1/receivables/{id}/adjust", theirReceivable)
                .then()
                .statusCode(404);
        as(theirs.erpToken())
                .get("/api/v1/receivables/{id}", theirReceivable)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("amount", equalTo(new BigDecimal("1000.00")));
    }

    @Test
    void erpCannotPostForAnotherCoreEnterpriseOrForeignSupplier() {
        Pair mine = Fixtures.pair();
        Pair theirs = Fixtures.pair();
        Map<String, Object> item = new HashMap<>(Fixtures.receivable(mine.supplierId(), "10.00"));
        item.put("coreEnterpriseId", theirs.coreEnterpriseId());
        as(mine.erpToken())
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("coreEnterpriseId"))
                .body("errors[0].rule", equalTo("own-core-enterprise"));
        as(mine.erpToken())
                .body(Fixtures.receivable(theirs.supplierId(), "10.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("supplierId"))
                .body("errors[0].rule", equalTo("supplier-of-core-enterprise"));
        as(mine.erpToken())
                .put("/api/v1/core-enterprises/{id}/suppliers/{s}", mine.coreEnterpriseId(), theirs.supplierId())
                .then()
                .statusCode(403);
    }

    @Test
    void supplierSeesOnlyItsOwnReceivablesAndCannotConfirmThem() {
        Pair pair = Fixtures.pair();
        Pair other = Fixtures.pair();
        Map<String, Object> submission = new HashMap<>(Fixtures.receivable(pair.supplierId(), "5000.00"));
        submission.put("coreEnterpriseId", pair.coreEnterpriseId());
        String id = as(pair.supplierToken())
                .body(submission)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING_CONFIRMATION"))
                .extract()
                .path("id");

        as(pair.supplierToken())
                .post("/api/v1/receivables/{id}/confirm", id)
                .then()
                .statusCode(403);
        as(pair.supplierToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_CONFIRMATION"));
        as(other.supplierToken()).get("/api/v1/receivables/{id}", id).then().statusCode(404);
        as(pair.supplierToken())
                .get("/api/v1/suppliers/{id}", other.supplierId())
                .then()
                .statusCode(404);
        as(pair.supplierToken())
                .get("/api/v1/core-enterprises/{id}", pair.coreEnterpriseId())
                .then()
                .statusCode(200);
        as(pair.supplierToken())
                .get("/api/v1/core-enterprises/{id}", other.coreEnterpriseId())
                .then()
                .statusCode(404);
        // the debtor confirms
        as(pair.erpToken())
                .post("/api/v1/receivables/{id}/confirm", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void supplierCannotSubmitForAnotherSupplier() {
        Pair pair = Fixtures.pair();
        String stranger = Fixtures.supplier();
        Fixtures.link(pair.coreEnterpriseId(), stranger);
        Map<String, Object> submission = new HashMap<>(Fixtures.receivable(stranger, "5000.00"));
        submission.put("coreEnterpriseId", pair.coreEnterpriseId());
        as(pair.supplierToken())
                .body(submission)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("own-supplier"));
    }

    @Test
    void dashboardsHaveNoAccessToReceivablesOrTheSupplierRegister() {
        String dashboard = Tokens.dashboard("620000");
        as(dashboard).get("/api/v1/receivables").then().statusCode(403);
        as(dashboard).get("/api/v1/suppliers").then().statusCode(403);
        as(dashboard)
                .body(Fixtures.receivable("x", "1.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(403);
    }

    @Test
    void aBankSeesWhatItMayFinanceAndNothingElse() {
        Pair financed = Fixtures.pair();
        Pair elsewhere = Fixtures.pair();
        String bankId = Fixtures.bank("620300");
        String bank = Tokens.bank(bankId);
        String confirmed = Fixtures.confirmedReceivable(financed, "100.00");
        String notMine = Fixtures.confirmedReceivable(elsewhere, "100.00");
        String pending = Fixtures.submittedReceivable(financed, "5.00");

        // without a program on the core enterprise, nothing
        as(bank).get("/api/v1/receivables/{id}", confirmed).then().statusCode(404);
        as(bank).get("/api/v1/suppliers/{id}", financed.supplierId()).then().statusCode(404);

        Fixtures.program(bankId, financed.coreEnterpriseId(), "1000000.00", "90", "3.5", "5.0", "UPFRONT");
        as(bank).get("/api/v1/receivables/{id}", confirmed).then().statusCode(200);
        as(bank).get("/api/v1/receivables/{id}", pending).then().statusCode(404);
        as(bank).get("/api/v1/receivables/{id}", notMine).then().statusCode(404);
        List<String> listed = as(bank).get("/api/v1/receivables?size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).contains(confirmed).doesNotContain(pending, notMine);
        as(bank).get("/api/v1/suppliers/{id}", financed.supplierId()).then().statusCode(200);
        as(bank).get("/api/v1/suppliers/{id}", elsewhere.supplierId()).then().statusCode(404);
        // reading is all: a bank neither posts nor changes receivables
        as(bank).body(Fixtures.receivable(financed.supplierId(), "1.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(403);
        as(bank).body(Map.of("reason", "x"))
                .post("/api/v1/receivables/{id}/cancel", confirmed)
                .then()
                .statusCode(403);
        as(bank).get("/api/v1/banks").then().statusCode(200);
        as(bank).get("/api/v1/core-enterprises").then().statusCode(200);
    }

    @Test
    void adminReadsEverythingButDoesNotPostReceivables() {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "10.00");
        as(Tokens.admin()).get("/api/v1/receivables/{id}", id).then().statusCode(200);
        as(Tokens.admin())
                .body(Fixtures.receivable(pair.supplierId(), "1.00"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(403);
    }
}
