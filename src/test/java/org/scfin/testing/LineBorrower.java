package org.scfin.testing;

import static org.scfin.testing.Api.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scfin.common.Times;

/**
 * A supplier of a core enterprise of its own, financed live by a bank's program for that enterprise, within a
 * pre-approved line or not; it consents to the bank's reads of its full credit profile, and the bank reads it.
 */
public record LineBorrower(String supplierId, String programId, String coreId) {

    private static final String PURPOSE = "贷前审查";

    public static LineBorrower of(String region, boolean creditWhite, String bankId) {
        String core = Fixtures.coreEnterprise(region);
        String supplier = Fixtures.supplier(region, "SMALL", creditWhite);
        Fixtures.link(core, supplier);
        String program = Fixtures.program(bankId, core, "10000000", "100", "3.0", "6.0", "UPFRONT");
        return new LineBorrower(supplier, program, core);
    }

    /** A line of 3,000,000.00 under the product until the end of 2099. */
    public String line(String bankId, String productId) {
        return PoolFixtures.grant(bankId, productId, supplierId, "3000000.00", LocalDate.of(2099, 12, 31));
    }

    /** 9,000.00, as {@link #disbursed(String, String, String)} lends. */
    public String disbursed(String bankId, String lineId) {
        return disbursed(bankId, lineId, "9000.00");
    }

    /**
     * {@code principal} on a receivable of that face value due in 120 days, applied for, approved today at 4% and a
     * 100% advance (within {@code lineId} unless it is null) and disbursed; answers the financing's id.
     */
    public String disbursed(String bankId, String lineId, String principal) {
        String receivable = Fixtures.confirmedReceivable(
                new Fixtures.Pair(coreId, supplierId), principal, Times.today().plusDays(120));
        String financing = as(Tokens.supplier(supplierId))
                .body(Map.of(
                        "programId",
                        programId,
                        "receivableIds",
                        List.of(receivable),
                        "requestedAmount",
                        new BigDecimal(principal)))
                .post("/api/v1/financings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> approval = new HashMap<>(FinancingFixture.approval("4.0", "100", Times.today()));
        if (lineId != null) {
            approval.put("creditLineId", lineId);
        }
        as(Tokens.bank(bankId))
                .body(approval)
                .post("/api/v1/financings/{id}/approve", financing)
                .then()
                .statusCode(200);
        as(Tokens.bank(bankId))
                .post("/api/v1/financings/{id}/disburse", financing)
                .then()
                .statusCode(200);
        return financing;
    }

    /** The supplier lets the bank read its full profile from today to the end of 2099. */
    public void consentTo(String bankId) {
        as(Tokens.supplier(supplierId))
                .body(Map.of(
                        "bankId",
                        bankId,
                        "purpose",
                        PURPOSE,
                        "validFrom",
                        Times.today().toString(),
                        "validUntil",
                        "2099-12-31"))
                .post("/api/v1/credit-consents")
                .then()
                .statusCode(201);
    }

    /** The bank reads the supplier's profile, {@code part} FULL (under a consent) or PUBLIC. */
    public void readBy(String bankId, String part) {
        String code = as(Tokens.admin())
                .get("/api/v1/suppliers/{id}", supplierId)
                .then()
                .statusCode(200)
                .extract()
                .path("creditCode");
        as(Tokens.bank(bankId))
                .get("/api/v1/credit-profiles/{code}?part=" + part + "&purpose=" + PURPOSE, code)
                .then()
                .statusCode(200);
    }
}
