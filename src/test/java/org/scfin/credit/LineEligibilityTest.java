package org.scfin.credit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.scfin.credit.CreditFacts.creditCodeOf;
import static org.scfin.credit.CreditFacts.fact;
import static org.scfin.credit.CreditFacts.importFacts;
import static org.scfin.credit.CreditFacts.taxGrade;
import static org.scfin.testing.Api.as;
import static org.scfin.testing.PoolFixtures.line;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.Tokens;

/** A product's minimum tax grade against the supplier's public grade, when a bank grants a line under it. */
@QuarkusTest
class LineEligibilityTest {

    private static final LocalDate EXPIRY = Times.today().plusMonths(6);

    @Test
    void aLineIsGrantedOnlyToASupplierWhosePublicGradeMeetsTheProductsMinimum() {
        String bank = Fixtures.bank("620300");
        String product = productAskingFor(bank, "B");
        String graded = Fixtures.supplier();
        String code = creditCodeOf(graded);
        LocalDate today = Times.today();

        refused(bank, product, graded, "has no public tax grade");

        // a grade kept non-public does not count
        importFacts(List.of(fact(code, "TAX_GRADE", today.minusDays(10), false, "grade", "A")));
        refused(bank, product, graded, "has no public tax grade");

        importFacts(List.of(taxGrade(code, today.minusDays(30), "C")));
        refused(bank, product, graded, "has public tax grade C");

        // the latest public grade decides: B meets B
        importFacts(List.of(taxGrade(code, today.minusDays(5), "B")));
        as(Tokens.bank(bank))
                .body(line(product, graded, "500000", EXPIRY))
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(201)
                .body("supplierId", equalTo(graded));
    }

    @Test
    void aProductWithoutAMinimumTakesLinesForSuppliersWithNoGradeAtAll() {
        String bank = Fixtures.bank("620300");
        String product = PoolFixtures.jinchangProduct(bank);
        String ungraded = Fixtures.supplier();
        as(Tokens.bank(bank))
                .body(line(product, ungraded, "500000", EXPIRY))
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(201);
    }

    private static String productAskingFor(String bank, String minimum) {
        Map<String, Object> body = PoolFixtures.product("PURE_CREDIT", "3.5", "5.0", "620300");
        body.put("minTaxGrade", minimum);
        return PoolFixtures.publish(bank, body);
    }

    /** Refused with 422 naming the supplier and the rule, and no line written. */
    private static void refused(String bank, String product, String supplier, String reason) {
        as(Tokens.bank(bank))
                .body(line(product, supplier, "500000", EXPIRY))
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("supplierId"))
                .body("errors.rule", hasItem("meets-product-eligibility"))
                .body("errors.message", hasItem(containsString(reason)));
        as(Tokens.bank(bank))
                .get("/api/v1/credit-lines?supplierId=" + supplier)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }
}
