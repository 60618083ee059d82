package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
import org.scfin.testing.Tokens;

/** A refusal says what is wrong without naming another party's business. */
@QuarkusTest
class ConflictDetailsTest {

    @Test
    void aReceivableFinancedByAnotherBankIsRefusedWithoutThatBanksIds() {
        FinancingFixture bankB = FinancingFixture.create("1000000.00", "UPFRONT");
        String bankA = Fixtures.bank("620300");
        String programA =
                Fixtures.program(bankA, bankB.pair().coreEnterpriseId(), "1000000.00", "90", "3.5", "5.0", "UPFRONT");
        String receivable = bankB.receivable("1000.00");
        String financingB = bankB.apply("900.00", receivable);

        String applied = as(Tokens.bank(bankA))
                .body(Map.of(
                        "programId",
                        programA,
                        "supplierId",
                        bankB.pair().supplierId(),
                        "receivableIds",
                        List.of(receivable),
                        "requestedAmount",
                        new BigDecimal("900.00")))
                .post("/api/v1/financings")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("receivableIds[0]"))
                .body("errors[0].rule", equalTo("not-financed"))
                .body("detail", containsString("already backs a live financing"))
                .extract()
                .asString();
        assertThat(applied)
                .doesNotContain(financingB)
                .doesNotContain(bankB.programId())
                .doesNotContain(bankB.bankId());

        Map<String, Object> item = new HashMap<>();
        item.put("programId", programA);
        item.put("receivableIds", List.of(receivable));
        item.put("principal", new BigDecimal("900.00"));
        item.put("annualRate", new BigDecimal("4.0"));
        item.put("valueDate", Times.today().minusDays(10).toString());
        item.put(
                "appliedAt",
                Times.today()
                        .minusDays(12)
                        .atStartOfDay(Times.BUSINESS_ZONE)
                        .toInstant()
                        .toString());
        item.put(
                "approvedAt",
                Times.today()
                        .minusDays(11)
                        .atStartOfDay(Times.BUSINESS_ZONE)
                        .toInstant()
                        .toString());
        item.put(
                "disbursedAt",
                Times.today()
                        .minusDays(10)
                        .atStartOfDay(Times.BUSINESS_ZONE)
                        .toInstant()
                        .toString());
        String imported = as(Tokens.bank(bankA))
                .body(Map.of("items", List.of(item)))
                .post("/api/v1/financings/import")
                .then()
                .statusCode(409)
                .body("errors[0].rule", equalTo("not-financed"))
                .extract()
                .asString();
        assertThat(imported).doesNotContain(financingB);

        // the core enterprise does not see applications: it is told the receivable is financed, not by which
        // application
        String cancelled = as(bankB.pair().erpToken())
                .body(Map.of("reason", "x"))
                .post("/api/v1/receivables/{id}/cancel", receivable)
                .then()
                .statusCode(409)
                .body("detail", containsString("a live financing"))
                .extract()
                .asString();
        assertThat(cancelled).doesNotContain(financingB);

        // the supplier, whose financing it is, is told which
        as(bankB.pair().supplierToken())
                .body(Map.of(
                        "programId",
                        programA,
                        "receivableIds",
                        List.of(receivable),
                        "requestedAmount",
                        new BigDecimal("900.00")))
                .post("/api/v1/financings")
                .then()
                .statusCode(409)
                .body("detail", containsString(financingB));
    }
}
