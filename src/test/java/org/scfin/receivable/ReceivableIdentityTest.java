package org.scfin.receivable;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Fixtures.Pair;
import org.scfin.testing.Tokens;

/** What makes two receivables, references, invoices or credit notes "the same". */
@QuarkusTest
class ReceivableIdentityTest {

    @Test
    void referencesAreComparedExactlyAndCaseVariantsAreTwoReferences() {
        Pair pair = Fixtures.pair();
        Map<String, Object> upper = Fixtures.receivable(pair.supplierId(), "10.00");
        upper.put("erpReference", "AP-CASE-" + Fixtures.shortId());
        as(pair.erpToken()).body(upper).post("/api/v1/receivables").then().statusCode(201);
        Map<String, Object> lower = Fixtures.receivable(pair.supplierId(), "10.00");
        lower.put("erpReference", ((String) upper.get("erpReference")).toLowerCase());
        as(pair.erpToken()).body(lower).post("/api/v1/receivables").then().statusCode(201);
    }

    @Test
    void invoiceNumbersIgnoreCaseSoACaseVariantCannotBackASecondReceivable() {
        Pair pair = Fixtures.pair();
        String invoice = "inv-" + Fixtures.shortId();
        Map<String, Object> first = Fixtures.receivable(pair.supplierId(), "10.00");
        first.put("invoiceNumbers", List.of(invoice));
        as(pair.erpToken())
                .body(first)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("invoiceNumbers[0]", equalTo(invoice.toUpperCase()));
        Map<String, Object> second = Fixtures.receivable(pair.supplierId(), "10.00");
        second.put("invoiceNumbers", List.of(invoice.toUpperCase()));
        as(pair.erpToken())
                .body(second)
                .post("/api/v1/receivables")
                .then()
                .statusCode(409)
                .body("errors[0].rule", equalTo("unique-invoice"));
    }

    @Test
    void invoiceNumbersAndDatesAreBounded() {
        Pair pair = Fixtures.pair();
        Map<String, Object> newline = Fixtures.receivable(pair.supplierId(), "10.00");
        newline.put("invoiceNumbers", List.of("A\nB"));
        as(pair.erpToken())
                .body(newline)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("invoiceNumbers[0]"))
                .body("errors[0].rule", equalTo("pattern"));
        Map<String, Object> far = Fixtures.receivable(pair.supplierId(), "10.00");
        far.put("dueDate", "+10000-01-01");
        as(pair.erpToken())
                .body(far)
                .post("/api/v1/receivables")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("dueDate"))
                .body("errors[0].rule", equalTo("date-range"));
        Map<String, Object> many = Fixtures.receivable(pair.supplierId(), "10.00");
        many.put(
                "invoiceNumbers",
                IntStream.range(0, 50)
                        .mapToObj(i -> "X".repeat(60) + String.format("%04d", i))
                        .toList());
        as(pair.erpToken()).body(many).post("/api/v1/receivables").then().statusCode(201);
    }

    @Test
    void aSupplierHasItsOwnReferencesAndCannotBlockOrProbeTheErps() {
        Pair pair = Fixtures.pair();
        String reference = "AP-SHARED-" + Fixtures.shortId();
        Map<String, Object> submission = new HashMap<>(Fixtures.receivable(null, "10.00"));
        submission.remove("supplierId");
        submission.put("coreEnterpriseId", pair.coreEnterpriseId());
        submission.put("erpReference", reference);
        String pending = as(pair.supplierToken())
                .body(submission)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // the ERP's own receivable under the same reference is another receivable, confirmed, not the supplier's
        // pending one
        Map<String, Object> posted = Fixtures.receivable(pair.supplierId(), "10.00");
        posted.put("erpReference", reference);
        as(pair.erpToken())
                .body(posted)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("id", not(equalTo(pending)))
                .body("status", equalTo("CONFIRMED"));

        // another supplier of the same core enterprise learns nothing about this one's references
        String other = Fixtures.supplier();
        Fixtures.link(pair.coreEnterpriseId(), other);
        Map<String, Object> probe = new HashMap<>(submission);
        probe.put("amount", new BigDecimal("99.00"));
        probe.put("invoiceNumbers", List.of("P-" + Fixtures.shortId()));
        as(Tokens.supplier(other))
                .body(probe)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .body("supplierId", equalTo(other))
                .body(not(containsString(pending)));
    }

    @Test
    void aRetriedCreditNoteIsAppliedOnce() {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "1000.00");
        Map<String, Object> note =
                Map.of("creditNoteNumber", "CN-RETRY", "amount", new BigDecimal("100.00"), "reason", "damaged");
        as(pair.erpToken())
                .body(note)
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(200)
                .body("amount", equalTo(new BigDecimal("900.00")));
        as(pair.erpToken())
                .body(note)
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(200)
                .body("amount", equalTo(new BigDecimal("900.00")));
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "CN-RETRY", "amount", new BigDecimal("50.00")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("creditNoteNumber"));
        as(pair.erpToken()).get("/api/v1/receivables/{id}", id).then().body("history.size()", equalTo(2));
    }

    @Test
    void creditNoteNumbersIgnoreCaseLikeInvoiceNumbers() {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "1000.00");
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "CN-1", "amount", new BigDecimal("100.00")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(200)
                .body("amount", equalTo(new BigDecimal("900.00")));
        // the same note written in lower case: a retry if the amount is the same, a clash if not, never a second
        // reduction
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "cn-1", "amount", new BigDecimal("100.00")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(200)
                .body("amount", equalTo(new BigDecimal("900.00")));
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "Cn-1", "amount", new BigDecimal("50.00")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("creditNoteNumber"))
                .body("errors[0].rule", equalTo("unique-credit-note"));
        // stored in the canonical form, as invoice numbers are
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "cn-2", "amount", new BigDecimal("1.00")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(200);
        as(pair.erpToken())
                .get("/api/v1/receivables/{id}", id)
                .then()
                .body("history.size()", equalTo(3))
                .body("history[1].reference", equalTo("CN-1"))
                .body("history[2].reference", equalTo("CN-2"));
        // and written under the invoice numbers' rule
        as(pair.erpToken())
                .body(Map.of("creditNoteNumber", "CN 3", "amount", new BigDecimal("1.00")))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("creditNoteNumber"))
                .body("errors[0].rule", equalTo("pattern"));
    }

    @Test
    void onlyTheDebtorRejectsOrAdjusts() {
        Pair pair = Fixtures.pair();
        String id = Fixtures.confirmedReceivable(pair, "1000.00");
        as(pair.supplierToken())
                .body(Map.of("reason", "x"))
                .post("/api/v1/receivables/{id}/reject", id)
                .then()
                .statusCode(403);
        as(pair.supplierToken())
                .body(Map.of("creditNoteNumber", "CN-S", "amount", 1))
                .post("/api/v1/receivables/{id}/adjust", id)
                .then()
                .statusCode(403);
    }
}
