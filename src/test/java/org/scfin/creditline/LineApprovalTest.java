package org.scfin.creditline;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/** Approving a financing within a pre-approved line, and giving the line back when the financing ends. */
@QuarkusTest
class LineApprovalTest {

    /** A financing scene whose bank has a Jinchang product (3.5% to 5%, 1,000,000.00, 365 days) and a line. */
    private record Scene(FinancingFixture fx, String productId, String lineId) {

        static Scene create(String lineAmount) {
            FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
            String product = PoolFixtures.jinchangProduct(fx.bankId());
            String line = PoolFixtures.grant(
                    fx.bankId(),
                    product,
                    fx.pair().supplierId(),
                    lineAmount,
                    Times.today().plusMonths(6));
            return new Scene(fx, product, line);
        }

        /** An application of {@code requested} against a receivable of 10,000.00. */
        String application(String requested) {
            return fx.apply(requested, fx.receivable("10000.00"));
        }

        ValidatableResponse approve(String financingId, String rate, String lineId) {
            return approve(financingId, rate, Times.today(), lineId);
        }

        ValidatableResponse approve(String financingId, String rate, LocalDate valueDate, String lineId) {
            Map<String, Object> body = new HashMap<>(FinancingFixture.approval(rate, "90", valueDate));
            body.put("creditLineId", lineId);
            return as(fx.bankToken())
                    .body(body)
                    .post("/api/v1/financings/{id}/approve", financingId)
                    .then();
        }

        void assertUsed(String amount) {
            as(fx.bankToken())
                    .get("/api/v1/credit-lines/{id}", lineId)
                    .then()
                    .body("usedAmount", equalTo(new BigDecimal(amount)));
        }

        /** Nothing written: the financing still applied, under no line, and the program reserves nothing. */
        void assertUntouched(String financingId) {
            as(fx.bankToken())
                    .get("/api/v1/financings/{id}", financingId)
                    .then()
                    .body("status", equalTo("APPLIED"))
                    .body("creditLineId", nullValue())
                    .body("principal", nullValue());
            as(fx.bankToken())
                    .get("/api/v1/programs/{id}", fx.programId())
                    .then()
                    .body("reservedPrincipal", equalTo(new BigDecimal("0.00")));
        }
    }

    @Test
    void anApprovalWithinALineTakesFromItAndASettlementGivesItBack() {
        Scene s = Scene.create("20000.00");
        String id = s.application("9000.00");
        s.approve(id, "4.0", s.lineId())
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("creditLineId", equalTo(s.lineId()))
                .body("principal", equalTo(new BigDecimal("9000.00")));
        s.assertUsed("9000.00");
        as(s.fx().bankToken())
                .get("/api/v1/credit-lines/{id}", s.lineId())
                .then()
                .body("availableAmount", equalTo(new BigDecimal("11000.00")));
        as(s.fx().pair().supplierToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .body("creditLineId", equalTo(s.lineId()));
        as(s.fx().bankToken())
                .get("/api/v1/programs/{id}", s.fx().programId())
                .then()
                .body("reservedPrincipal", equalTo(new BigDecimal("9000.00")));

        as(s.fx().bankToken())
                .post("/api/v1/financings/{id}/disburse", id)
                .then()
                .statusCode(200);
        BigDecimal due = as(s.fx().bankToken())
                .get("/api/v1/financings/{id}", id)
                .then()
                .extract()
                .path("amountDue");
        as(s.fx().bankToken())
                .body(Map.of(
                        "amount",
                        new BigDecimal("100.00"),
                        "paidOn",
                        Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(200);
        s.assertUsed("9000.00");
        as(s.fx().bankToken())
                .body(Map.of(
                        "amount",
                        due.subtract(new BigDecimal("100.00")),
                        "paidOn",
                        Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
        s.assertUsed("0.00");
    }

    @Test
    void aRejectionAfterApprovalAndARenewalGiveTheLineBack() {
        Scene s = Scene.create("20000.00");
        String rejected = s.application("9000.00");
        String renewed = s.application("9000.00");
        s.approve(rejected, "4.0", s.lineId()).statusCode(200);
        s.approve(renewed, "4.0", s.lineId()).statusCode(200);
        s.assertUsed("18000.00");
        as(s.fx().bankToken())
                .body(Map.of("reasonCode", "OTHER", "note", "withdrawn"))
                .post("/api/v1/financings/{id}/reject", rejected)
                .then()
                .statusCode(200);
        s.assertUsed("9000.00");

        as(s.fx().bankToken())
                .post("/api/v1/financings/{id}/disburse", renewed)
                .then()
                .statusCode(200);
        as(s.fx().bankToken())
                .body(Map.of(
                        "annualRate",
                        new BigDecimal("3.6"),
                        "newMaturityDate",
                        s.fx().due().plusDays(90).toString()))
                .post("/api/v1/financings/{id}/renew", renewed)
                .then()
                .statusCode(201)
                .body("creditLineId", nullValue());
        s.assertUsed("0.00");
        // a cancelled application never held anything
        String cancelled = s.application("9000.00");
        as(s.fx().pair().supplierToken())
                .post("/api/v1/financings/{id}/cancel", cancelled)
                .then()
                .statusCode(200);
        s.assertUsed("0.00");
    }

    @Test
    void approvalsOutsideTheLineOrItsProductAreRefusedAndWriteNothing() {
        Scene s = Scene.create("20000.00");
        String id = s.application("9000.00");

        // another bank's line reads as unknown; so does one that does not exist
        FinancingFixture other = FinancingFixture.create("10000000.00", "UPFRONT");
        String othersLine = PoolFixtures.grant(
                other.bankId(),
                PoolFixtures.jinchangProduct(other.bankId()),
                s.fx().pair().supplierId(),
                "20000",
                Times.today().plusMonths(6));
        s.approve(id, "4.0", othersLine)
                .statusCode(422)
                .body("errors[0].field", equalTo("creditLineId"))
                .body("errors[0].rule", equalTo("known-credit-line"));
        s.approve(id, "4.0", "0KZ4J2D1X3ZZZ").statusCode(422).body("errors[0].rule", equalTo("known-credit-line"));
        s.approve(id, "4.0", "not-an-id").statusCode(422).body("errors.field", hasItem("creditLineId"));

        // the bank's line for another supplier
        String otherSupplier = Fixtures.supplier();
        String theirLine = PoolFixtures.grant(
                s.fx().bankId(),
                s.productId(),
                otherSupplier,
                "20000",
                Times.today().plusMonths(6));
        s.approve(id, "4.0", theirLine).statusCode(422).body("errors[0].rule", equalTo("same-supplier"));

        // the product's range (3.5 to 5.0; the program allows 3.5 to 5.0 too, so 5.0 passes it and 3.4 fails both)
        Map<String, Object> narrow = PoolFixtures.product("PURE_CREDIT", "4.0", "4.5", "620300");
        narrow.put("maxAmount", new BigDecimal("5000.00"));
        narrow.put("maxTermDays", 60);
        String narrowProduct = PoolFixtures.publish(s.fx().bankId(), narrow);
        String narrowLine = PoolFixtures.grant(
                s.fx().bankId(),
                narrowProduct,
                s.fx().pair().supplierId(),
                "20000",
                Times.today().plusMonths(6));
        s.approve(id, "4.8", narrowLine)
                .statusCode(422)
                .body("errors.field", hasItem("annualRate"))
                .body("errors.rule", hasItem("within-product-range"))
                .body("errors.rule", hasItem("within-product-amount"))
                .body("errors.rule", hasItem("within-product-term"))
                .body("errors.field", hasItem("valueDate"));
        s.assertUntouched(id);
        s.assertUsed("0.00");
        as(s.fx().bankToken())
                .get("/api/v1/credit-lines/{id}", narrowLine)
                .then()
                .body("usedAmount", equalTo(new BigDecimal("0.00")));

        // more than is left of the line: 409 naming the line
        Scene small = Scene.create("5000.00");
        String big = small.application("9000.00");
        small.approve(big, "4.0", small.lineId())
                .statusCode(409)
                .body("errors[0].field", equalTo("creditLineId"))
                .body("errors[0].rule", equalTo("within-credit-line"));
        small.assertUntouched(big);
        small.assertUsed("0.00");

        // a cancelled line
        as(s.fx().bankToken())
                .post("/api/v1/credit-lines/{id}/cancel", s.lineId())
                .then()
                .statusCode(200);
        s.approve(id, "4.0", s.lineId()).statusCode(409).body("errors[0].rule", equalTo("live-credit-line"));
        s.assertUntouched(id);
        s.assertUsed("0.00");
        // and without a line the approval still works under the program alone
        s.approve(id, "4.0", null).statusCode(200).body("creditLineId", nullValue());
    }

    @Test
    void anExpiredLineIsRefused() {
        Scene s = Scene.create("20000.00");
        String line =
                PoolFixtures.grant(s.fx().bankId(), s.productId(), s.fx().pair().supplierId(), "20000", Times.today());
        String id = s.application("9000.00");
        TestClock.today(Times.today().plusDays(1));
        s.approve(id, "4.0", line).statusCode(409).body("errors[0].rule", equalTo("live-credit-line"));
        s.assertUntouched(id);
        s.approve(id, "4.0", s.lineId()).statusCode(200);
    }

    @Test
    void onlyTheBankApprovesWithinALine() {
        Scene s = Scene.create("20000.00");
        String id = s.application("9000.00");
        Map<String, Object> body = new HashMap<>(FinancingFixture.approval("4.0", "90", Times.today()));
        body.put("creditLineId", s.lineId());
        as(s.fx().pair().supplierToken())
                .body(body)
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(403);
        as(Tokens.bank(Fixtures.bank("620300")))
                .body(body)
                .post("/api/v1/financings/{id}/approve", id)
                .then()
                .statusCode(404);
        s.assertUntouched(id);
        s.assertUsed("0.00");
    }
}
