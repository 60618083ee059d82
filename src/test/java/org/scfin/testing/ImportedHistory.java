package org.scfin.testing;

import static org.scfin.testing.Api.as;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Last year's financings to import: a program valid since 2024, and items applied, approved and disbursed in March. */
public final class ImportedHistory {

    private ImportedHistory() {}

    /**
     * A program valid since 2024 (credit limit 100,000, UPFRONT), so last year's financings can be imported under it.
     */
    public static FinancingFixture program() {
        FinancingFixture fx = FinancingFixture.create("100000.00", "UPFRONT");
        as(fx.bankToken())
                .body(Map.of("validFrom", "2024-01-01"))
                .patch("/api/v1/programs/{id}", fx.programId())
                .then()
                .statusCode(200);
        return fx;
    }

    /**
     * An item lending {@code principal} at 4% from 2025-03-03, settled on 2025-06-01 by {@code settledAmount} (null:
     * not settled).
     */
    public static Map<String, Object> item(
            FinancingFixture fx, String receivable, String principal, String settledAmount) {
        Map<String, Object> item = new HashMap<>();
        item.put("programId", fx.programId());
        item.put("receivableIds", List.of(receivable));
        item.put("principal", new BigDecimal(principal));
        item.put("annualRate", new BigDecimal("4.0"));
        item.put("valueDate", "2025-03-03");
        item.put("appliedAt", "2025-03-01T02:00:00Z");
        item.put("approvedAt", "2025-03-02T02:00:00Z");
        item.put("disbursedAt", "2025-03-03T02:00:00Z");
        if (settledAmount != null) {
            item.put("settledAt", "2025-06-01T08:00:00Z");
            item.put("settledAmount", new BigDecimal(settledAmount));
        }
        return item;
    }
}
