package org.scfin.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;

@QuarkusTest
class ReceivableLifecycleTest {

    @Test
    void erpPostIsConfirmedAtOnceAndReadBackExactly() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "1250000.10");
        item.put("invoiceNumbers", List.of("04403991", "04403992"));
        var created = as(pair.erpToken())
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("submittedBy", equalTo("erp"))
                .body("amount", equalTo(new BigDecimal("1250000.10")))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/receivables/" + id);
        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .statusCode(200)
                .body("coreEnterpriseId", equalTo(pair.coreEnterpriseId()))
                .body("supplierId", equalTo(pair.supplierId()))
                .body("invoiceNumbers", contains("04403991", "04403992"))
                .body("currency", equalTo("CNY"))
                .body("amount", equalTo(new BigDecimal("1250000.10")))
                .body("dueDate", equalTo("2025-12-28"))
                .body("history", hasSize(1))
                .body("history[0].action", equalTo("POSTED"))
                .body("history[0].amountAfter", equalTo(new BigDecimal("1250000.10")));
    }

    @Test
    void supplierIsNamedByCreditCodeToo() {
        Pair pair = Fixtures.pair();
        String code = as(pair.erpToken())
                .get("/api/v1/suppliers/{id}", pair.supplierId())
                .then()
                .extract()
                .path("creditCode");
        Map<String, Object> item = Fixtures.receivable(null, "10.00");
        item.remove("supplierId");
        item.put("supplierCreditCode", code);
        as(pair.erpToken())
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("supplierId", equalTo(pair.supplierId()));
    }

    @Test
    void amountsAndDatesFollowTheRules() {
        Pair pair = Fixtures.pair();
        for (String bad : List.of("0", "-5.00", "10.001")) {
            as(pair.erpToken())
                    .body(Fixtures.receivable(pair.supplierId(), bad))
                    .post("/api/v1/receivables")
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("amount"));
        }
        Map<String, Object> backwards = Fixtures.receivable(pair.supplierId(), "10.00");
        backwards.put("dueDate", "2025-07-01");
        as(pair.erpToken())
                .body(backwards)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("dueDate"))
                .body("errors[0].rule", equalTo("after-issue-date"));
        Map<String, Object> dollars = Fixtures.receivable(pair.supplierId(), "10.00");
        dollars.put("currency", "USD");
        as(pair.erpToken())
                .body(dollars)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("currency"));
        Map<String, Object> noInvoice = Fixtures.receivable(pair.supplierId(), "10.00");
        noInvoice.put("invoiceNumbers", List.of());
        as(pair.erpToken())
                .body(noInvoice)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("invoiceNumbers"));
        Map<String, Object> twice = Fixtures.receivable(pair.supplierId(), "10.00");
        twice.put("invoiceNumbers", List.of("A1", "A1"));
        as(pair.erpToken())
                .body(twice)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("invoiceNumbers[1]"))
                .body("errors[0].rule", equalTo("distinct"));
        // a receivable whose due date has passed is a record of fact and may be posted
        Map<String, Object> old = Fixtures.receivable(pair.supplierId(), "10.00");
        old.put("issueDate", "2023-01-05");
        old.put("dueDate", "2023-06-30");
        as(pair.erpToken()).body(old).post("/api/v1/receivables").then().statusCode(201);
        // exact decimals: a large amount with cents survives the round trip
        as(pair.erpToken())
                .body(Fixtures.receivable(pair.supplierId(), "98765432109876.54"))
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("amount", equalTo(new BigDecimal("98765432109876.54")));
    }

    @Test
    void anInvoiceBacksOnlyOneLiveReceivableUntilReleased() {
        Pair pair = Fixtures.pair();
        Map<String, Object> first = Fixtures.receivable(pair.supplierId(), "100.00");
        first.put("invoiceNumbers", List.of("DUP-" + Fixtures.shortId()));
        String id = as(pair.erpToken())
                .body(first)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> second = Fixtures.receivable(pair.supplierId(), "100.00");
        second.put("invoiceNumbers", first.get("invoiceNumbers"));
        as(pair.erpToken())
                .body(second)
                .post("/api/v1/receivables")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("invoiceNumbers"))
                .body("errors[0].rule", equalTo("unique-invoice"))
                .body("errors[0].message", containsString(id));

        // the same invoice number of another supplier is another invoice
        String otherSupplier = Fixtures.supplier();
        Fixtures.link(pair.coreEnterpriseId(), otherSupplier);
        Map<String, Object> other = Fixtures.receivable(otherSupplier, "100.00");
        other.put("invoiceNumbers", first.get("invoiceNumbers"));
        as(pair.erpToken()).body(other).post("/api/v1/receivables").then().statusCode(201);

        // cancelling frees the invoice for a corrected receivable
        as(pair.erpToken())
                .body(Map.of("reason", "posted in error"))
                .post("/api/v1/receivables/{id}/cancel", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(pair.erpToken()).body(second).post("/api/v1/receivables").then().statusCode(201);
    }

    @Test
    void repostingAReferenceReturnsTheExistingOneOrConflicts() {
        Pair pair = Fixtures.pair();
        Map<String, Object> item = Fixtures.receivable(pair.supplierId(), "500.00");
        String id = as(pair.erpToken())
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> sameValueOtherScale = new HashMap<>(item);
        sameValueOtherScale.put("amount", new BigDecimal("500"));
        as(pair.erpToken())
                .body(sameValueOtherScale)
                .post("/api/v1/receivables")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        Map<String, Object> changed = new HashMap<>(item);
        changed.put("amount", new BigDecimal("501.00"));
        as(pair.erpToken())
                .body(changed)
                .post("/api/v1/receivables")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("erpReference"))
                .body("errors[0].rule", equalTo("same-content-on-repost"));
        List<String> ids = as(pair.erpToken())
                .get("/api/v1/receivables?supplierId=" + pair.supplierId())
                .then()
                .extract()
                .path("items.id");
        assertThat(ids).containsExactly(id);
    }

    @Test
    void supplierSubmissionIsConfirmedOrRejectedByTheDebtor() {
        Pair pair = Fixtures.pair();
        Map<String, Object> submission = Fixtures.receivable(null, "3000.00");
        submission.remove("supplierId");
        submission.put("coreEnterpriseId", pair.coreEnterpriseId());
        String confirmed = as(pair.supplierToken())
                .body(submission)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING_CONFIRMATION"))
                .body("supplierId", equalTo(pair.supplierId()))
                .extract()
                .path("id");
        as(pair.erpToken())
                .post("/api/v1/receivables/{id}/confirm", confirmed)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(pair.erpToken())
                .post("/api/v1/receivables/{id}/confirm", confirmed)
                .then()
                .statusCode(409)
                .body("detail", containsString("CONFIRMED"));

        Map<String, Object> another = Fixtures.receivable(null, "40.00");
        another.remove("supplierId");
        another.put("coreEnterpriseId", pair.coreEnterpriseId());
        String rejected = as(pair.supplierToken())
                .body(another)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(pair.erpToken())
                .body(Map.of("reason", "goods never delivered"))
                .post("/api/v1/receivables/{id}/reject", rejected)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(pair.erpToken())
                .post("/api/v1/receivables/{id}/confirm", rejected)
                .then()
                .statusCode(409);
        as(pair.supplierToken())
                .get("/api/v1/receivables/{id}", rejected)
                .then()
                .body("history.action", contains("SUBMITTED", "REJECTED"))
                .body("history[1].reason", equalTo("goods never delivered"));

        Map<String, Object> noDebtor = Fixtures.receivable(null, "40.00");
        noDebtor.remove("supplierId");
        as(pair.supplierToken())
                .body(noDebtor)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("coreEnterpriseId"));
    }

    @Test
    void creditNotesAdjustDownAndEverythingIsInTheHistory() {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "10000.00");
        as(pair.erpToken())
                .body(Map.of(
                        "creditNoteNumber", "CN-1", "amount", new BigDecimal("1234.56"), "reason", "quality deduction"))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(200)
                .body("amount", equalTo(new BigDecimal("8765.44")))
                .body("originalAmount", equalTo(new BigDecimal("10000.00")));
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "CN-2", "amount", new BigDecimal("8765.44")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("less-than-outstanding"));
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "CN-3", "amount", new BigDecimal("0.001")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("amount"));
        as(pair.erpToken())
                .body(Map.of("reason", "contract terminated"))
                .post("/api/v1/receivables/{id}/cancel", id)
                .then()
                .statusCode(200);
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "CN-4", "amount", 1))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(409);

        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history.action", contains("POSTED", "ADJUSTED", "CANCELLED"))
                .body("history[1].reference", equalTo("CN-1"))
                .body("history[1].amountBefore", equalTo(new BigDecimal("10000.00")))
                .body("history[1].amountAfter", equalTo(new BigDecimal("8765.44")))
                .body("history[2].reason", equalTo("contract terminated"))
                .body("history[1].actor", equalTo("erp:" + pair.coreEnterpriseId()));
    }

    @Test
    void supplierMayCancelOnlyItsUnconfirmedSubmission() {
        Pair pair = Fixtures.pair();
        String confirmed = Fixtures.confirmedReceivable(pair, "10.00");
        as(pair.supplierToken())
                .body(Map.of("reason", "x"))
                .post("/api/v1/receivables/{id}/cancel", confirmed)
                .then()
                .statusCode(403);
        String pending = Fixtures.submittedReceivable(pair, "10.00");
        as(pair.supplierToken())
                .body(Map.of("reason", "typo"))
                .post("/api/v1/receivables/{id}/cancel", pending)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void listFiltersByStatusDueDateAndAmount() {
        Pair pair = Fixtures.pair();
        Map<String, Object> small = Fixtures.receivable(pair.supplierId(), "100.00");
        small.put("dueDate", "2025-09-30");
        Map<String, Object> large = Fixtures.receivable(pair.supplierId(), "900000.00");
        large.put("dueDate", "2026-03-31");
        String smallId = as(pair.erpToken())
                .body(small)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String largeId = as(pair.erpToken())
                .body(large)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String base = "/api/v1/receivables?supplierId=" + pair.supplierId();
        as(pair.erpToken())
                .get(base + "&dueFrom=2026-01-01")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(largeId));
        as(pair.erpToken())
                .get(base + "&dueTo=2025-12-31")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(smallId));
        as(pair.erpToken()).get(base + "&amountMin=1000").then().body("items.id", contains(largeId));
        as(pair.erpToken()).get(base + "&amountMax=100.00").then().body("items.id", contains(smallId));
        as(pair.erpToken())
                .get(base + "&status=CONFIRMED&sort=amount,desc")
                .then()
                .body("items.id", contains(largeId, smallId));
        as(pair.erpToken()).get(base + "&status=CANCELLED").then().body("total", equalTo(0));
    }
}
