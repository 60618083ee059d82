package org.scfin.financing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.ImportedHistory;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.Tokens;

/**
 * Imported financings lent within a pre-approved line: the line is named on the financing, holds what is still unpaid
 * and gets it back once, as a live approval and settlement do; a line the approval could not have used is refused, and
 * nothing of a refused batch is written.
 */
@QuarkusTest
class ImportWithinLineTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** History under a program valid since 2024, a Jinchang product of its bank (3.5% to 5%) and a line. */
    private record Scene(FinancingFixture fx, String productId, String lineId) {

        static Scene create(String lineAmount) {
            FinancingFixture fx = ImportedHistory.program();
            String product = PoolFixtures.jinchangProduct(fx.bankId());
            String line = PoolFixtures.grant(
                    fx.bankId(),
                    product,
                    fx.pair().supplierId(),
                    lineAmount,
                    Times.today().plusMonths(6));
            return new Scene(fx, product, line);
        }

        String receivable() {
            return Fixtures.confirmedReceivable(fx.pair(), "10000.00", LocalDate.of(2025, 6, 1));
        }

        /** Lending {@code principal} from 2025-03-03 within {@code line}, settled by {@code settledAmount} or not. */
        Map<String, Object> item(String receivable, String principal, String settledAmount, String line) {
            Map<String, Object> item = ImportedHistory.item(fx, receivable, principal, settledAmount);
            item.put("creditLineId", line);
            return item;
        }

        ValidatableResponse importing(List<Map<String, Object>> items) {
            return as(fx.bankToken())
                    .body(Map.of("items", items))
                    .post("/api/v1/financings/import")
                    .then();
        }

        void assertUsed(String amount) {
            as(fx.bankToken())
                    .get("/api/v1/credit-lines/{id}", lineId)
                    .then()
                    .statusCode(200)
                    .body("usedAmount", equalTo(d(amount)));
        }

        /** Nothing written: no financing of the supplier, nothing reserved, nothing used. */
        void assertNothingWritten() {
            as(fx.bankToken())
                    .get("/api/v1/financings?supplierId=" + fx.pair().supplierId())
                    .then()
                    .body("total", equalTo(0));
            as(fx.bankToken())
                    .get("/api/v1/programs/{id}", fx.programId())
                    .then()
                    .body("reservedPrincipal", equalTo(d("0.00")));
            assertUsed("0.00");
        }
    }

    @Test
    void anImportedFinancingNamesItsLineWhichHoldsWhatIsUnpaidUntilTheSettlement() {
        Scene s = Scene.create("20000.00");
        List<String> ids = s.importing(List.of(
                        s.item(s.receivable(), "9000.00", "9000.00", s.lineId()),
                        s.item(s.receivable(), "8000.00", null, s.lineId())))
                .statusCode(201)
                .body("items.creditLineId", contains(s.lineId(), s.lineId()))
                .body("items.status", contains("SETTLED", "OVERDUE"))
                .extract()
                .path("items.id");
        // the settled one was paid back in its history; the unpaid one holds its principal in the line
        s.assertUsed("8000.00");
        as(s.fx().bankToken())
                .get("/api/v1/financings/{id}", ids.get(0))
                .then()
                .body("creditLineId", equalTo(s.lineId()));
        as(s.fx().bankToken())
                .body(Map.of("amount", d("8000.00"), "paidOn", Times.today().toString()))
                .post("/api/v1/financings/{id}/settle", ids.get(1))
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
        s.assertUsed("0.00");
    }

    /** A renewal gives the line back in its own item, so an unpaid item after it has the whole line again. */
    @Test
    void anImportedRenewalGivesTheLineBackAndItsSuccessorLendsUnderTheProgramAlone() {
        Scene s = Scene.create("10000.00");
        Map<String, Object> renewed = s.item(s.receivable(), "8000.00", null, s.lineId());
        renewed.put(
                "relief",
                List.of(Map.of(
                        "kind",
                        "RENEWAL",
                        "at",
                        "2025-05-20T02:00:00Z",
                        "newMaturityDate",
                        "2025-08-18",
                        "annualRate",
                        d("3.8"))));
        Map<String, Object> unpaid = s.item(s.receivable(), "9000.00", null, s.lineId());
        String successor = s.importing(List.of(renewed, unpaid))
                .statusCode(201)
                .body("items[0].creditLineId", nullValue())
                .body("items[1].creditLineId", equalTo(s.lineId()))
                .extract()
                .path("items[0].id");
        String original = as(s.fx().bankToken())
                .get("/api/v1/financings/{id}", successor)
                .then()
                .extract()
                .path("renewalOfId");
        as(s.fx().bankToken())
                .get("/api/v1/financings/{id}", original)
                .then()
                .body("creditLineId", equalTo(s.lineId()));
        s.assertUsed("9000.00");
    }

    @Test
    void aLineTheApprovalCouldNotHaveUsedIsRefusedAndNothingIsWritten() {
        Scene s = Scene.create("10000.00");
        String a = s.receivable();
        String b = s.receivable();
        Map<String, Object> good = s.item(a, "9000.00", "9000.00", s.lineId());
        // a line of another bank, as if it did not exist
        FinancingFixture other = ImportedHistory.program();
        String othersLine = PoolFixtures.grant(
                other.bankId(),
                PoolFixtures.jinchangProduct(other.bankId()),
                s.fx().pair().supplierId(),
                "10000.00",
                Times.today().plusMonths(6));
        s.importing(List.of(good, s.item(b, "8000.00", null, othersLine)))
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].creditLineId"))
                .body("errors[0].rule", equalTo("known-credit-line"));
        // the bank's line for another supplier
        String elsewhere = PoolFixtures.grant(
                s.fx().bankId(),
                s.productId(),
                Fixtures.supplier(),
                "10000.00",
                Times.today().plusMonths(6));
        s.importing(List.of(good, s.item(b, "8000.00", null, elsewhere)))
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].creditLineId"))
                .body("errors[0].rule", equalTo("same-supplier"));
        // terms outside the line's product: 4% under a product lending at 4.5% to 5%
        String dear =
                PoolFixtures.publish(s.fx().bankId(), PoolFixtures.product("PURE_CREDIT", "4.5", "5.0", "620300"));
        String dearLine = PoolFixtures.grant(
                s.fx().bankId(),
                dear,
                s.fx().pair().supplierId(),
                "10000.00",
                Times.today().plusMonths(6));
        s.importing(List.of(good, s.item(b, "8000.00", null, dearLine)))
                .statusCode(422)
                .body("errors[0].field", equalTo("items[1].annualRate"))
                .body("errors[0].rule", equalTo("within-product-range"));
        // what the batch leaves unpaid passes the line: 9,000 settled fits, then 8,000 and 3,000 unpaid of 10,000
        s.importing(List.of(
                        good,
                        s.item(b, "8000.00", null, s.lineId()),
                        s.item(s.receivable(), "3000.00", null, s.lineId())))
                .statusCode(409)
                .body("errors[0].field", equalTo("items[2].creditLineId"))
                .body("errors[0].rule", equalTo("within-credit-line"));
        s.assertNothingWritten();
        // a cancelled line lends nothing, even to history
        as(s.fx().bankToken())
                .post("/api/v1/credit-lines/{id}/cancel", s.lineId())
                .then()
                .statusCode(200);
        s.importing(List.of(good))
                .statusCode(409)
                .body("errors[0].field", equalTo("items[0].creditLineId"))
                .body("errors[0].rule", equalTo("live-credit-line"));
        s.assertNothingWritten();
        // without the line, the same item imports
        Map<String, Object> plain = ImportedHistory.item(s.fx(), a, "9000.00", "9000.00");
        s.importing(List.of(plain)).statusCode(201).body("items[0].creditLineId", nullValue());
    }

    @Test
    void aMalformedLineIdIsRefusedNamingTheField() {
        Scene s = Scene.create("10000.00");
        s.importing(List.of(s.item(s.receivable(), "9000.00", "9000.00", "not-an-id")))
                .statusCode(422)
                .body("errors[0].field", equalTo("items[0].creditLineId"));
        as(Tokens.admin())
                .body(Map.of("items", List.of(s.item(s.receivable(), "9000.00", "9000.00", s.lineId()))))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(201)
                .body("items[0].creditLineId", equalTo(s.lineId()));
    }
}
