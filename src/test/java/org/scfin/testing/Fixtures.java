package org.scfin.testing;

import static org.scfin.testing.Api.as;

import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.scfin.common.Times;

/** Builds the parties and receivables a test needs, through the public API, each with fresh identities. */
public final class Fixtures {

    private Fixtures() {}

    public static String coreEnterprise(String regionCode) {
        return as(Tokens.admin())
                .body(Map.of(
                        "name",
                        "核心企业-" + shortId(),
                        "creditCode",
                        CreditCodes.random(regionCode),
                        "regionCode",
                        regionCode,
                        "industry",
                        "有色金属"))
                .post("/api/v1/core-enterprises")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String coreEnterprise() {
        return coreEnterprise("620302");
    }

    public static String supplier(String regionCode, String sizeClass, boolean creditWhite) {
        return as(Tokens.admin())
                .body(Map.of(
                        "name",
                        "供应商-" + shortId(),
                        "creditCode",
                        CreditCodes.random(regionCode),
                        "regionCode",
                        regionCode,
                        "sizeClass",
                        sizeClass,
                        "creditWhite",
                        creditWhite))
                .post("/api/v1/suppliers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String supplier() {
        return supplier("620302", "SMALL", false);
    }

    public static String bank(String regionCode) {
        return as(Tokens.admin())
                .body(Map.of(
                        "name",
                        "银行-" + shortId(),
                        "creditCode",
                        CreditCodes.random(regionCode),
                        "regionCode",
                        regionCode,
                        "type",
                        "CITY_COMMERCIAL"))
                .post("/api/v1/banks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void link(String coreEnterpriseId, String supplierId) {
        as(Tokens.admin())
                .put("/api/v1/core-enterprises/{id}/suppliers/{supplierId}", coreEnterpriseId, supplierId)
                .then()
                .statusCode(201);
    }

    /** A core enterprise and a supplier that sells to it. */
    public record Pair(String coreEnterpriseId, String supplierId) {
        public String erpToken() {
            return Tokens.erp(coreEnterpriseId);
        }

        public String supplierToken() {
            return Tokens.supplier(supplierId);
        }
    }

    public static Pair pair() {
        Pair pair = new Pair(coreEnterprise(), supplier());
        link(pair.coreEnterpriseId(), pair.supplierId());
        return pair;
    }

    /** A receivable item as an ERP would post it. */
    public static Map<String, Object> receivable(String supplierId, String amount) {
        Map<String, Object> item = new HashMap<>();
        item.put("supplierId", supplierId);
        item.put("erpReference", "AP-" + shortId());
        item.put("invoiceNumbers", List.of("INV-" + shortId()));
        item.put("amount", new BigDecimal(amount));
        item.put("issueDate", LocalDate.of(2025, 7, 1).toString());
        item.put("dueDate", LocalDate.of(2025, 12, 28).toString());
        return item;
    }

    /** Submits a receivable as the pair's supplier (pending its debtor's confirmation) and returns its id. */
    public static String submittedReceivable(Pair pair, String amount) {
        return submittedReceivable(pair, amount, Map.of());
    }

    /**
     * {@link #submittedReceivable(Pair, String)} with some fields of the submission given (a due date, a reference).
     */
    public static String submittedReceivable(Pair pair, String amount, Map<String, Object> fields) {
        Map<String, Object> submission = receivable(null, amount);
        submission.remove("supplierId");
        submission.put("coreEnterpriseId", pair.coreEnterpriseId());
        submission.putAll(fields);
        return as(pair.supplierToken())
                .body(submission)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Posts a receivable as the pair's ERP and returns its id. */
    public static String confirmedReceivable(Pair pair, String amount) {
        return as(pair.erpToken())
                .body(receivable(pair.supplierId(), amount))
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A receivable due on {@code due}, posted as the pair's ERP (confirmed). */
    public static String confirmedReceivable(Pair pair, String amount, LocalDate due) {
        return confirmedReceivable(as(pair.erpToken()), pair, amount, due);
    }

    /**
     * {@link #confirmedReceivable(Pair, String, LocalDate)} sent with {@code erp}, the ERP's request (to a chosen
     * server).
     */
    public static String confirmedReceivable(RequestSpecification erp, Pair pair, String amount, LocalDate due) {
        Map<String, Object> item = receivable(pair.supplierId(), amount);
        item.put("issueDate", due.minusDays(120).toString());
        item.put("dueDate", due.toString());
        return erp.body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A program of {@code bankId} on the core enterprise's payables, created by the bank itself. */
    public static String program(
            String bankId,
            String coreEnterpriseId,
            String creditLimit,
            String maxAdvanceRatio,
            String rateFloor,
            String rateCap,
            String interestMode) {
        Map<String, Object> body = new HashMap<>();
        body.put("coreEnterpriseId", coreEnterpriseId);
        body.put("creditLimit", new BigDecimal(creditLimit));
        body.put("maxAdvanceRatio", new BigDecimal(maxAdvanceRatio));
        body.put("rateFloor", new BigDecimal(rateFloor));
        body.put("rateCap", new BigDecimal(rateCap));
        body.put("interestMode", interestMode);
        body.put("validFrom", Times.today().minusYears(1).toString());
        body.put("validTo", Times.today().plusYears(1).toString());
        body.put("collectionAccount", collectionAccount());
        return as(Tokens.bank(bankId))
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A bank's collection account, as a program's body gives it. */
    public static Map<String, Object> collectionAccount() {
        return Map.of(
                "accountName", "甘肃银行股份有限公司金昌分行回款专户",
                "accountNumber", "62050163360800000188",
                "branchName", "甘肃银行金昌分行营业部");
    }

    public static String shortId() {
        return UUID.randomUUID().toString().substring(0, 12);
    }
}
