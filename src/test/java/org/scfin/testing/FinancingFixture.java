package org.scfin.testing;

import static org.scfin.testing.Api.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures.Pair;

/**
 * A bank with a program on a core enterprise whose supplier has confirmed receivables: the scene of a financing. Its
 * receivables fall due on {@code due}, 120 days after the business date the scene was built on.
 */
public record FinancingFixture(Pair pair, String bankId, String programId, LocalDate due) {

    public FinancingFixture(Pair pair, String bankId, String programId) {
        this(pair, bankId, programId, Times.today().plusDays(120));
    }

    public static FinancingFixture create(String creditLimit, String interestMode) {
        Pair pair = Fixtures.pair();
        String bank = Fixtures.bank("620300");
        String program = Fixtures.program(bank, pair.coreEnterpriseId(), creditLimit, "90", "3.5", "5.0", interestMode);
        return new FinancingFixture(pair, bank, program);
    }

    public String bankToken() {
        return Tokens.bank(bankId);
    }

    public String receivable(String amount) {
        return Fixtures.confirmedReceivable(pair, amount, due);
    }

    /** Applies as the supplier and returns the financing id. */
    public String apply(String requested, String... receivableIds) {
        return as(pair.supplierToken())
                .body(application(requested, receivableIds))
                .post("/api/v1/financings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The body of an application to this program by the supplier. */
    public Map<String, Object> application(String requested, String... receivableIds) {
        return Map.of(
                "programId",
                programId,
                "receivableIds",
                List.of(receivableIds),
                "requestedAmount",
                new BigDecimal(requested));
    }

    public void approve(String financingId, String rate, String ratio, LocalDate valueDate) {
        as(bankToken())
                .body(approval(rate, ratio, valueDate))
                .post("/api/v1/financings/{id}/approve", financingId)
                .then()
                .statusCode(200);
    }

    /** The body of an approval. */
    public static Map<String, Object> approval(String rate, String ratio, LocalDate valueDate) {
        return Map.of(
                "annualRate",
                new BigDecimal(rate),
                "advanceRatio",
                new BigDecimal(ratio),
                "valueDate",
                valueDate.toString());
    }
}
