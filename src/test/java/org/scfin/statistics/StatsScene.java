package org.scfin.statistics;

import static org.scfin.testing.Api.as;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scfin.common.Times;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * Builds statistics data with known answers: parties in chosen regions, and past financings recorded through the import
 * endpoint (receivables posted by the ERP, as in production). Programs lend up to 100% of face value on discount terms,
 * so a financing's principal is its receivable's face value and what is due is the principal.
 */
final class StatsScene {

    private final Map<String, String> programs = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> receivablesByCore = new LinkedHashMap<>();
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final List<Pending> pendingMeta = new ArrayList<>();
    final List<String> financingIds = new ArrayList<>();

    private record Pending(String coreId, int receivableIndex) {}

    static String core(String regionCode, LocalDate connectedOn) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                "核心企业-" + Fixtures.shortId(),
                "creditCode",
                CreditCodes.random(regionCode),
                "regionCode",
                regionCode));
        if (connectedOn != null) {
            body.put("connected", true);
            body.put("connectedOn", connectedOn.toString());
        }
        return as(Tokens.admin())
                .body(body)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String chainCore(String regionCode, String chainId, boolean leader) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                "核心企业-" + Fixtures.shortId(),
                "creditCode",
                CreditCodes.random(regionCode),
                "regionCode",
                regionCode,
                "industrialChainId",
                chainId,
                "chainLeader",
                leader));
        return as(Tokens.admin())
                .body(body)
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String supplier(String regionCode, String sizeClass, boolean creditWhite, String... coreIds) {
        String id = Fixtures.supplier(regionCode, sizeClass, creditWhite);
        for (String core : coreIds) {
            Fixtures.link(core, id);
        }
        return id;
    }

    /**
     * A reference rate of {@code type}: a region's small-business average, or the national LPR when the region is null.
     */
    static void referenceRate(String type, String regionCode, String rate, String effectiveFrom) {
        Map<String, Object> body =
                new HashMap<>(Map.of("type", type, "rate", new BigDecimal(rate), "effectiveFrom", effectiveFrom));
        if (regionCode != null) {
            body.put("regionCode", regionCode);
        }
        as(Tokens.admin()).body(body).post("/api/v1/reference-rates").then().statusCode(201);
    }

    String program(String bankId, String coreId) {
        return programs.computeIfAbsent(
                bankId + "/" + coreId,
                k -> Fixtures.program(bankId, coreId, "100000000000", "100", "3.0", "6.0", "UPFRONT"));
    }

    /**
     * A financing of {@code principal} at {@code rate}, applied {@code hours} before it was disbursed at
     * {@code disbursedAt} (UTC; statistics count it on its China date), maturing on {@code maturity};
     * {@code settledAt}/{@code settled} optional.
     */
    StatsScene financing(
            String bankId,
            String coreId,
            String supplierId,
            String principal,
            String rate,
            String disbursedAt,
            int hours,
            LocalDate maturity,
            String settledAt,
            String settled) {
        String program = program(bankId, coreId);
        Map<String, Object> receivable = Fixtures.receivable(supplierId, principal);
        receivable.put("issueDate", maturity.minusDays(180).toString());
        receivable.put("dueDate", maturity.toString());
        List<Map<String, Object>> ofCore = receivablesByCore.computeIfAbsent(coreId, k -> new ArrayList<>());
        ofCore.add(receivable);
        Instant disbursed = Instant.parse(disbursedAt);
        Instant applied = disbursed.minusSeconds(hours * 3600L);
        Map<String, Object> item = new HashMap<>();
        item.put("programId", program);
        item.put("principal", new BigDecimal(principal));
        item.put("annualRate", new BigDecimal(rate));
        item.put("valueDate", Times.businessDate(disbursed).toString());
        item.put("appliedAt", applied.toString());
        item.put("approvedAt", applied.toString());
        item.put("disbursedAt", disbursed.toString());
        if (settledAt != null) {
            item.put("settledAt", settledAt);
            item.put("settledAmount", new BigDecimal(settled));
        }
        pending.add(item);
        pendingMeta.add(new Pending(coreId, ofCore.size() - 1));
        return this;
    }

    /** Relief the financing added last received: maps of kind, at, newMaturityDate and optional annualRate and note. */
    @SafeVarargs
    final StatsScene relief(Map<String, Object>... entries) {
        pending.get(pending.size() - 1).put("relief", List.of(entries));
        return this;
    }

    /**
     * The worked relief example: 10,000 at 4% from 2025-03-03 to 2025-06-01; extended on 2025-05-01 to 2025-07-31 (60
     * days more: +66.67), then restructured on 2025-06-15 to 3.5% (46 days left at half a point less: -6.39); paid in
     * full at maturity, 10,060.28.
     */
    StatsScene relievedAndRepaid(String bankId, String coreId, String supplierId) {
        return financing(
                        bankId,
                        coreId,
                        supplierId,
                        "10000.00",
                        "4.0",
                        "2025-03-03T02:00:00Z",
                        24,
                        LocalDate.of(2025, 6, 1),
                        "2025-07-31T02:00:00Z",
                        "10060.28")
                .relief(
                        Map.of("kind", "EXTENSION", "at", "2025-05-01T02:00:00Z", "newMaturityDate", "2025-07-31"),
                        Map.of(
                                "kind",
                                "RESTRUCTURING",
                                "at",
                                "2025-06-15T02:00:00Z",
                                "newMaturityDate",
                                "2025-07-31",
                                "annualRate",
                                new BigDecimal("3.5"),
                                "note",
                                "orders fell"));
    }

    /** Posts the receivables (as each core enterprise's ERP) and imports the financings (as admin), 500 at a time. */
    StatsScene record() {
        Map<String, List<String>> receivableIds = new HashMap<>();
        receivablesByCore.forEach((core, items) -> {
            List<String> ids = new ArrayList<>();
            for (int from = 0; from < items.size(); from += 500) {
                ids.addAll(as(Tokens.erp(core))
                        .body(Map.of("items", items.subList(from, Math.min(items.size(), from + 500))))
                        .post("/api/v1/receivables/batch")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("items.id"));
            }
            receivableIds.put(core, ids);
        });
        for (int i = 0; i < pending.size(); i++) {
            Pending meta = pendingMeta.get(i);
            pending.get(i)
                    .put(
                            "receivableIds",
                            List.of(receivableIds.get(meta.coreId()).get(meta.receivableIndex())));
        }
        for (int from = 0; from < pending.size(); from += 500) {
            financingIds.addAll(as(Tokens.admin())
                    .body(Map.of("items", pending.subList(from, Math.min(pending.size(), from + 500))))
                    .post("/api/v1/financings/import")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("items.id"));
        }
        pending.clear();
        pendingMeta.clear();
        receivablesByCore.clear();
        return this;
    }

    /** A financing disbursed live today and the bank that lent it. */
    record Live(String bankId, String financingId) {
        String bankToken() {
            return Tokens.bank(bankId);
        }
    }

    /**
     * 9,000.00 lent today at 4% (UPFRONT, so 9,000.00 is due) on a 10,000.00 receivable due in 120 days, to a new
     * supplier of a new core enterprise in {@code county}, by a new bank of {@code bankRegion}: applied for, approved
     * and disbursed through the live calls.
     */
    static Live disbursedToday(String county, String bankRegion) {
        String core = core(county, null);
        String supplier = supplier(county, "SMALL", false, core);
        String bank = Fixtures.bank(bankRegion);
        String program = Fixtures.program(bank, core, "10000000", "100", "3.0", "6.0", "UPFRONT");
        String receivable = Fixtures.confirmedReceivable(
                new Fixtures.Pair(core, supplier), "10000.00", Times.today().plusDays(120));
        String financing = apply(supplier, program, receivable, "9000.00");
        approve(Tokens.bank(bank), financing);
        as(Tokens.bank(bank))
                .post("/api/v1/financings/{id}/disburse", financing)
                .then()
                .statusCode(200);
        return new Live(bank, financing);
    }

    /** A live application, as the supplier, of one receivable. */
    static String apply(String supplier, String program, String receivable, String amount) {
        return as(Tokens.supplier(supplier))
                .body(Map.of(
                        "programId",
                        program,
                        "receivableIds",
                        List.of(receivable),
                        "requestedAmount",
                        new BigDecimal(amount)))
                .post("/api/v1/financings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A live approval at 4% and a 90% advance, valued today. */
    static void approve(String bankToken, String financing) {
        as(bankToken)
                .body(Map.of(
                        "annualRate",
                        new BigDecimal("4.0"),
                        "advanceRatio",
                        new BigDecimal("90"),
                        "valueDate",
                        Times.today().toString()))
                .post("/api/v1/financings/{id}/approve", financing)
                .then()
                .statusCode(200);
    }
}
