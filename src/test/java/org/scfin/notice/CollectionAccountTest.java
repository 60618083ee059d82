package org.scfin.notice;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** The collection account a bank records on its program: required, checked field by field, changed by PATCH. */
@QuarkusTest
class CollectionAccountTest {

    private static Map<String, Object> program(Pair pair, Object account) {
        Map<String, Object> body = new HashMap<>();
        body.put("coreEnterpriseId", pair.coreEnterpriseId());
        body.put("creditLimit", new BigDecimal("1000000.00"));
        body.put("maxAdvanceRatio", new BigDecimal("90"));
        body.put("rateFloor", new BigDecimal("3.5"));
        body.put("rateCap", new BigDecimal("5.0"));
        body.put("interestMode", "UPFRONT");
        body.put("validFrom", "2025-01-01");
        body.put("validTo", "2026-12-31");
        if (account != null) {
            body.put("collectionAccount", account);
        }
        return body;
    }

    private static Map<String, Object> account(String field, String value) {
        Map<String, Object> account = new HashMap<>(Fixtures.collectionAccount());
        account.put(field, value);
        return account;
    }

    @Test
    void aNewProgramNeedsAWellFormedAccount() {
        Pair pair = Fixtures.pair();
        String bank = Tokens.bank(Fixtures.bank("620300"));
        refused(bank, program(pair, null), "collectionAccount");
        refused(bank, program(pair, account("accountNumber", "6205 0163 3608")), "collectionAccount.accountNumber");
        refused(bank, program(pair, account("accountNumber", "62050abc")), "collectionAccount.accountNumber");
        refused(bank, program(pair, account("accountNumber", "12345")), "collectionAccount.accountNumber");
        refused(bank, program(pair, account("accountNumber", "1".repeat(35))), "collectionAccount.accountNumber");
        refused(bank, program(pair, account("accountName", " ")), "collectionAccount.accountName");
        refused(bank, program(pair, account("accountName", "回款\u0000专户")), "collectionAccount.accountName");
        refused(bank, program(pair, account("branchName", "x".repeat(101))), "collectionAccount.branchName");
        Map<String, Object> withoutBranch = new HashMap<>(Fixtures.collectionAccount());
        withoutBranch.remove("branchName");
        refused(bank, program(pair, withoutBranch), "collectionAccount.branchName");
        as(bank).get("/api/v1/programs").then().body("total", equalTo(0));

        String id = as(bank).body(program(pair, Fixtures.collectionAccount()))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .body("collectionAccount", equalTo(Fixtures.collectionAccount()))
                .extract()
                .path("id");
        // the core enterprise and the supplier read where the receivables are paid
        as(pair.erpToken())
                .get("/api/v1/programs/{id}", id)
                .then()
                .body("collectionAccount", equalTo(Fixtures.collectionAccount()));
        as(pair.supplierToken())
                .get("/api/v1/programs")
                .then()
                .body("items.collectionAccount", hasItem(Fixtures.collectionAccount()));
    }

    @Test
    void theBankChangesItsAccountWithPatchAndABadOneChangesNothing() {
        Pair pair = Fixtures.pair();
        String bankId = Fixtures.bank("620300");
        String id = Fixtures.program(bankId, pair.coreEnterpriseId(), "1000000", "90", "3.5", "5.0", "UPFRONT");
        String bank = Tokens.bank(bankId);
        as(bank).body(Map.of("collectionAccount", account("accountNumber", "62-05")))
                .patch("/api/v1/programs/{id}", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("collectionAccount.accountNumber"));
        as(bank).body(Map.of("creditLimit", new BigDecimal("5"), "collectionAccount", Map.of("accountNumber", "6205")))
                .patch("/api/v1/programs/{id}", id)
                .then()
                .statusCode(422);
        as(bank).get("/api/v1/programs/{id}", id)
                .then()
                .body("collectionAccount", equalTo(Fixtures.collectionAccount()))
                .body("creditLimit", equalTo(new BigDecimal("1000000.00")));
        Map<String, Object> moved = account("accountNumber", "6228480402564890018");
        as(bank).body(Map.of("collectionAccount", moved))
                .patch("/api/v1/programs/{id}", id)
                .then()
                .statusCode(200)
                .body("collectionAccount", equalTo(moved));
        // another bank cannot touch it
        as(Tokens.bank(Fixtures.bank("620300")))
                .body(Map.of("collectionAccount", Fixtures.collectionAccount()))
                .patch("/api/v1/programs/{id}", id)
                .then()
                .statusCode(404);
    }

    private static void refused(String bank, Map<String, Object> body, String field) {
        as(bank).body(body).post("/api/v1/programs").then().statusCode(422).body("errors.field", hasItem(field));
    }
}
