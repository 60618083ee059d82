package org.scfin.iso20022;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.scfin.testing.Api.as;

import com.prowidesoftware.swift.model.mx.MxTsin00200101;
import com.prowidesoftware.swift.model.mx.dic.InvoiceFinancingDetails1;
import com.prowidesoftware.swift.model.mx.dic.InvoiceFinancingRequestStatusV01;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

@QuarkusTest
class InvoiceFinancingTest {

    static final String PATH = "/api/v1/iso20022/invoice-financing-requests";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Pattern FINANCING = Pattern.compile("financing ([0-9A-Z]{13}) ");

    private FinancingFixture fx;

    @BeforeEach
    void scene() {
        TestClock.today(TODAY);
        fx = FinancingFixture.create("10000000.00", "UPFRONT");
    }

    @Test
    void eachInvoiceBecomesAnApplicationAndTheStatusFollowsTheBank() {
        String first = fx.receivable("10000.00");
        String second = fx.receivable("20000.00");
        String messageId = "MSG-" + Fixtures.shortId();
        String xml = builder(messageId)
                .invoice(invoiceNumber(first), "10000.00", "9000.00", fx.due(), buyer())
                .invoice(invoiceNumber(second), "20000.00", "20000.00", fx.due(), buyer())
                .xml();

        Response created = submit(fx.pair().supplierToken(), xml);
        created.then()
                .statusCode(201)
                .contentType(startsWith("application/xml"))
                .header("Location", containsString(PATH + "/"))
                .header("Location", endsWith("/status"));
        InvoiceFinancingRequestStatusV01 status = parse(created);
        assertThat(status.getOrgnlReqInfAndSts().getId()).isEqualTo(messageId);
        assertThat(status.getOrgnlReqInfAndSts().getFrstAgt().getPrtryId().getId())
                .isEqualTo(fx.bankId());
        List<InvoiceFinancingDetails1> invoices = status.getFincgInfAndSts().getInvcFincgDtls();
        assertThat(invoices)
                .extracting(i -> i.getOrgnlInvcInf().getDocNb())
                .containsExactly(invoiceNumber(first), invoiceNumber(second));
        assertThat(invoices)
                .extracting(i -> i.getInvcFincgRslt().getFincgReqSts().value())
                .containsExactly("PDNG", "PDNG");
        assertThat(invoices.get(1).getOrgnlInvcInf().getTtlInvcAmt().getValue()).isEqualTo(d("20000.00"));
        assertThat(status.getFincgInfAndSts().getFincgAllwdSummry().getFincdItmNb())
                .isEqualByComparingTo("0");

        // the applications are ordinary ones: the supplier sees them, for the amounts asked
        String firstFinancing = financingOf(invoices.get(0));
        String secondFinancing = financingOf(invoices.get(1));
        as(fx.pair().supplierToken())
                .get("/api/v1/financings/{id}", firstFinancing)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("requestedAmount", equalTo(d("9000.00")))
                .body("receivableIds[0]", equalTo(first));

        // the bank approves and disburses the first through the JSON API, and rejects the second
        fx.approve(firstFinancing, "3.6", "90", TODAY);
        as(fx.bankToken())
                .post("/api/v1/financings/{id}/disburse", firstFinancing)
                .then()
                .statusCode(200);
        as(fx.bankToken())
                .body(Map.of("reasonCode", "INSUFFICIENT_LIMIT"))
                .post("/api/v1/financings/{id}/reject", secondFinancing)
                .then()
                .statusCode(200);

        String location = created.header("Location");
        InvoiceFinancingRequestStatusV01 now = parse(status(fx.pair().supplierToken(), location));
        List<InvoiceFinancingDetails1> after = now.getFincgInfAndSts().getInvcFincgDtls();
        assertThat(after.get(0).getInvcFincgRslt().getFincgReqSts().value()).isEqualTo("FNCD");
        // 90% of 10,000.00 (the request asked 9,000.00)
        assertThat(after.get(0).getInvcFincgRslt().getFincdAmt().getAmt().getValue())
                .isEqualTo(d("9000.00"));
        assertThat(after.get(1).getInvcFincgRslt().getFincgReqSts().value()).isEqualTo("NTFD");
        assertThat(after.get(1).getInvcFincgRslt().getStsRsn().getPrtry()).isEqualTo("INSUFFICIENT_LIMIT");
        assertThat(now.getFincgInfAndSts().getFincgAllwdSummry().getFincdItmNb())
                .isEqualByComparingTo("1");
        assertThat(now.getFincgInfAndSts()
                        .getFincgAllwdSummry()
                        .getTtlFincdAmt()
                        .getValue())
                .isEqualTo(d("9000.00"));
        assertThat(now.getFincgInfAndSts()
                        .getFincgAllwdSummry()
                        .getTtlAccptdItmsAmt()
                        .getValue())
                .isEqualTo(d("10000.00"));

        // the bank it is addressed to reads it too; another bank, another supplier and an ERP do not
        status(fx.bankToken(), location).then().statusCode(200);
        status(Tokens.bank(Fixtures.bank("620300")), location).then().statusCode(404);
        status(Tokens.supplier(Fixtures.supplier()), location).then().statusCode(404);
        status(fx.pair().erpToken(), location).then().statusCode(403);
    }

    @Test
    void invoicesThatCannotBeFinancedAreReportedWithTheirReasonAndLeaveTheOthersStanding() {
        String good = fx.receivable("10000.00");
        String financedAlready = fx.receivable("10000.00");
        fx.apply("5000.00", financedAlready);
        String otherDue = fx.receivable("10000.00");
        String xml = builder("MSG-" + Fixtures.shortId())
                .invoice(invoiceNumber(good), "10000.00", "8000.00", fx.due(), buyer())
                .invoice("NO-SUCH-" + Fixtures.shortId(), "10000.00", "8000.00", fx.due(), buyer())
                .invoice(invoiceNumber(financedAlready), "10000.00", "8000.00", fx.due(), buyer())
                .invoice(
                        invoiceNumber(otherDue), "10000.00", "8000.00", fx.due().plusDays(1), buyer())
                .invoice(invoiceNumber(good), "10000.00", "8000.00", fx.due(), buyer())
                .xml();

        InvoiceFinancingRequestStatusV01 status = parse(submit(fx.pair().supplierToken(), xml)
                .then()
                .statusCode(201)
                .extract()
                .response());

        List<InvoiceFinancingDetails1> invoices = status.getFincgInfAndSts().getInvcFincgDtls();
        assertThat(invoices)
                .extracting(i -> i.getInvcFincgRslt().getFincgReqSts().value())
                .containsExactly("PDNG", "NTFD", "NTFD", "NTFD", "NTFD");
        assertThat(invoices.subList(1, 5))
                .extracting(i -> i.getInvcFincgRslt().getStsRsn().getCd().value())
                .containsExactly("ID03", "CA03", "DT02", "ID01");
        assertThat(invoices.get(3).getInvcFincgRslt().getAddtlStsRsnInf().get(0))
                .contains(fx.due().plusDays(1).toString(), fx.due().toString());
        // the refused invoices wrote nothing: the receivable of the wrong due date is still free to finance
        fx.apply("10000.00", otherDue);
    }

    @Test
    void aMessageIdUsedBeforeIsADuplicatedRequestAndChangesNothing() {
        String first = fx.receivable("10000.00");
        String second = fx.receivable("10000.00");
        String messageId = "MSG-" + Fixtures.shortId();
        submit(
                        fx.pair().supplierToken(),
                        builder(messageId)
                                .invoice(invoiceNumber(first), "10000.00", "10000.00", fx.due(), buyer())
                                .xml())
                .then()
                .statusCode(201);

        submit(
                        fx.pair().supplierToken(),
                        builder(messageId)
                                .invoice(invoiceNumber(second), "10000.00", "10000.00", fx.due(), buyer())
                                .xml())
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/ReqGrpInf/GrpId"))
                .body("errors[0].rule", equalTo("ID01"));
        // the second receivable was not applied for
        fx.apply("10000.00", second);
    }

    @Test
    void aGroupHeaderThatDoesNotMatchTheInvoicesIsRefusedWhole() {
        String receivable = fx.receivable("10000.00");
        String messageId = "MSG-" + Fixtures.shortId();
        submit(
                        fx.pair().supplierToken(),
                        builder(messageId)
                                .invoice(invoiceNumber(receivable), "10000.00", "9000.00", fx.due(), buyer())
                                .count("2")
                                .xml())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/ReqGrpInf/NbOfInvcReqs"))
                .body("errors[0].rule", equalTo("count"));
        submit(
                        fx.pair().supplierToken(),
                        builder(messageId)
                                .invoice(invoiceNumber(receivable), "10000.00", "9000.00", fx.due(), buyer())
                                .controlSum("9000.01")
                                .xml())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/ReqGrpInf/TtlBlkInvcAmt"))
                .body("errors[0].rule", equalTo("control-sum"))
                .body("errors[0].message", containsString("9000.00"));

        // nothing was kept of either: the same message id, corrected, is taken and the receivable is free
        submit(
                        fx.pair().supplierToken(),
                        builder(messageId)
                                .invoice(invoiceNumber(receivable), "10000.00", "9000.00", fx.due(), buyer())
                                .xml())
                .then()
                .statusCode(201);
    }

    @Test
    void theRequesterMustBeTheCallerAndTheFirstAgentABank() {
        String receivable = fx.receivable("10000.00");
        String other = Fixtures.supplier();
        submit(
                        Tokens.supplier(other),
                        builder("MSG-" + Fixtures.shortId())
                                .invoice(invoiceNumber(receivable), "10000.00", "9000.00", fx.due(), buyer())
                                .xml())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/ReqGrpInf/FincgRqstr/PtyId/PrtryId/Id"))
                .body("errors[0].rule", equalTo("requester"));
        submit(
                        fx.pair().supplierToken(),
                        new TsinBuilder(
                                        "MSG-" + Fixtures.shortId(),
                                        fx.pair().supplierId(),
                                        fx.pair().supplierId())
                                .invoice(invoiceNumber(receivable), "10000.00", "9000.00", fx.due(), buyer())
                                .xml())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/ReqGrpInf/FrstAgt/PrtryId/Id"));
        // a bank does not send a supplier's request; an ERP neither
        String xml = builder("MSG-" + Fixtures.shortId())
                .invoice(invoiceNumber(receivable), "10000.00", "9000.00", fx.due(), buyer())
                .xml();
        submit(fx.bankToken(), xml).then().statusCode(403);
        submit(fx.pair().erpToken(), xml).then().statusCode(403);
        // and none of it encumbered the receivable
        fx.apply("9000.00", receivable);
    }

    @Test
    void malformedXmlIsA400NamingWhereItBroke() {
        String xml = builder("MSG-" + Fixtures.shortId())
                .invoice("INV-1", "10000.00", "9000.00", fx.due(), buyer())
                .xml()
                .replace("</GrpId>", "</GrpIdent>");
        submit(fx.pair().supplierToken(), xml)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/ReqGrpInf/GrpId"))
                .body("errors[0].rule", equalTo("well-formed"))
                .body("errors[0].message", containsString("line "))
                .body("detail", not(containsString("org.")))
                .body("detail", not(containsString("Exception")));
        submit(fx.pair().supplierToken(), "").then().statusCode(400).body("errors[0].rule", equalTo("well-formed"));
    }

    @Test
    void aSchemaViolationIsA400NamingTheElement() {
        String base = builder("MSG-" + Fixtures.shortId())
                .invoice("INV-1", "10000.00", "9000.00", fx.due(), buyer())
                .invoice("INV-2", "10000.00", "9000.00", fx.due(), buyer())
                .xml();
        // not a decimal
        submit(fx.pair().supplierToken(), base.replaceFirst("9000.00</Amt>", "lots</Amt>"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/InvcReqInf/ReqdAmt/Amt"))
                .body("errors[0].rule", equalTo("schema"))
                .body("errors[0].message", containsString("lots"))
                .body("errors[0].message", containsString("line "));
        // a mandatory element missing, in the second invoice
        int second = base.lastIndexOf("<PmtDueDt>");
        String missing = base.substring(0, second)
                + base.substring(base.indexOf("</PmtDueDt>", second) + "</PmtDueDt>".length());
        submit(fx.pair().supplierToken(), missing)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/Document/InvcFincgReq/InvcReqInf[2]/InvcTtlsInf"))
                .body("errors[0].message", containsString("PmtDueDt"));
        // a message of another kind
        submit(
                        fx.pair().supplierToken(),
                        TsinBuilder.cancellation("C-1", "M-1", fx.pair().supplierId(), fx.bankId()))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/Document"))
                .body("errors[0].rule", equalTo("namespace"));
        // no DOCTYPE, so no entity can reach a file
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + base.substring(base.indexOf("<Document"));
        submit(fx.pair().supplierToken(), entity)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("DOCTYPE"))
                .body("errors[0].message", not(containsString("apache")));
    }

    @Test
    void theDocumentMayTravelInAnEnvelopeWithItsApplicationHeader() {
        String receivable = fx.receivable("10000.00");
        String document = builder("MSG-" + Fixtures.shortId())
                .invoice(invoiceNumber(receivable), "10000.00", "9000.00", fx.due(), buyer())
                .xml();
        String envelope = "<Envelope><AppHdr xmlns=\"urn:iso:std:iso:20022:tech:xsd:head.001.001.02\">"
                + "<MsgDefIdr>tsin.001.001.01</MsgDefIdr></AppHdr>"
                + document.substring(document.indexOf("<Document")) + "</Envelope>";
        InvoiceFinancingRequestStatusV01 status = parse(submit(fx.pair().supplierToken(), envelope)
                .then()
                .statusCode(201)
                .extract()
                .response());
        assertThat(status.getFincgInfAndSts()
                        .getInvcFincgDtls()
                        .get(0)
                        .getInvcFincgRslt()
                        .getFincgReqSts()
                        .value())
                .isEqualTo("PDNG");
    }

    @Test
    void aCancellationCancelsWhatIsStillCancellableAndReportsTheRest() {
        String first = fx.receivable("10000.00");
        String second = fx.receivable("10000.00");
        String messageId = "MSG-" + Fixtures.shortId();
        Response created = submit(
                fx.pair().supplierToken(),
                builder(messageId)
                        .invoice(invoiceNumber(first), "10000.00", "9000.00", fx.due(), buyer())
                        .invoice(invoiceNumber(second), "10000.00", "9000.00", fx.due(), buyer())
                        .xml());
        created.then().statusCode(201);
        List<InvoiceFinancingDetails1> invoices =
                parse(created).getFincgInfAndSts().getInvcFincgDtls();
        String approved = financingOf(invoices.get(1));
        fx.approve(approved, "3.6", "90", TODAY);
        String cancellationPath = created.header("Location").replace("/status", "/cancellation");

        // another supplier cannot; a message naming another request is refused, and changes nothing
        cancel(Tokens.supplier(Fixtures.supplier()), cancellationPath, "C-" + messageId, messageId)
                .then()
                .statusCode(404);
        cancel(fx.pair().supplierToken(), cancellationPath, "C-" + messageId, "OTHER-" + messageId)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("/Document/InvcFincgCxlReq/CxlReqInf/OrgnlGrpId"))
                .body("errors[0].rule", equalTo("CA02"));
        cancel(fx.bankToken(), cancellationPath, "C-" + messageId, messageId)
                .then()
                .statusCode(403);

        Response answer = cancel(fx.pair().supplierToken(), cancellationPath, "C-" + messageId, messageId);
        answer.then().statusCode(200).contentType(startsWith("application/xml"));
        InvoiceFinancingRequestStatusV01 status = parse(answer);
        assertThat(status.getOrgnlReqInfAndSts().getCxlStsInf().getSts().value())
                .isEqualTo("PACK");
        List<InvoiceFinancingDetails1> after = status.getFincgInfAndSts().getInvcFincgDtls();
        assertThat(after.get(0).getInvcFincgRslt().getFincgReqSts().value()).isEqualTo("NTFD");
        assertThat(after.get(0).getInvcFincgRslt().getStsRsn().getPrtry()).isEqualTo("CANCELLED");
        // approved: past the stage an applicant can cancel, it stays
        assertThat(after.get(1).getInvcFincgRslt().getFincgReqSts().value()).isEqualTo("PDNG");
        as(fx.bankToken())
                .get("/api/v1/financings/{id}", approved)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));

        // sent again, nothing more can be cancelled: REJT, CA01
        InvoiceFinancingRequestStatusV01 again =
                parse(cancel(fx.pair().supplierToken(), cancellationPath, "C2-" + messageId, messageId));
        assertThat(again.getOrgnlReqInfAndSts().getCxlStsInf().getSts().value()).isEqualTo("REJT");
        assertThat(again.getOrgnlReqInfAndSts()
                        .getCxlStsInf()
                        .getStsRsn()
                        .getCd()
                        .value())
                .isEqualTo("CA01");
    }

    @Test
    void theDocumentedExampleIsTakenAsItIsWritten() {
        String receivable = fx.receivable("1000000.00");
        String example = IsoExamples.REQUEST
                .replace("0KZ4J2D1X3B7R", fx.pair().supplierId())
                .replace("0KZ4J2D1X3B7S", fx.bankId())
                .replace("0KZ4J2D1X3B7Q", buyer())
                .replace("INV-2026-0042", invoiceNumber(receivable));
        InvoiceFinancingRequestStatusV01 status = parse(submit(fx.pair().supplierToken(), example)
                .then()
                .statusCode(201)
                .extract()
                .response());
        InvoiceFinancingDetails1 invoice =
                status.getFincgInfAndSts().getInvcFincgDtls().get(0);
        assertThat(invoice.getInvcFincgRslt().getFincgReqSts().value()).isEqualTo("PDNG");
        as(fx.pair().supplierToken())
                .get("/api/v1/financings/{id}", financingOf(invoice))
                .then()
                .statusCode(200)
                .body("requestedAmount", equalTo(d("900000.00")))
                .body("maturityDate", equalTo("2026-06-30"));
    }

    @Test
    void onlyXmlIsTakenAndNoIdempotencyKey() {
        as(fx.pair().supplierToken()).body(Map.of("a", 1)).post(PATH).then().statusCode(415);
        given().auth()
                .oauth2(fx.pair().supplierToken())
                .contentType("application/xml")
                .header("Idempotency-Key", "k-" + Fixtures.shortId())
                .body("<Document/>")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private TsinBuilder builder(String messageId) {
        return new TsinBuilder(messageId, fx.pair().supplierId(), fx.bankId());
    }

    private String buyer() {
        return fx.pair().coreEnterpriseId();
    }

    private String invoiceNumber(String receivableId) {
        return as(fx.pair().erpToken())
                .get("/api/v1/receivables/{id}", receivableId)
                .then()
                .statusCode(200)
                .extract()
                .path("invoiceNumbers[0]");
    }

    static Response submit(String token, String xml) {
        return given().auth()
                .oauth2(token)
                .contentType("application/xml")
                .accept("application/xml")
                .body(xml)
                .post(PATH);
    }

    private static Response status(String token, String location) {
        return given().auth().oauth2(token).accept("application/xml").get(location);
    }

    private Response cancel(String token, String path, String cancellationId, String originalMessageId) {
        return given().auth()
                .oauth2(token)
                .contentType("application/xml")
                .accept("application/xml")
                .body(TsinBuilder.cancellation(
                        cancellationId, originalMessageId, fx.pair().supplierId(), fx.bankId()))
                .post(path);
    }

    private static InvoiceFinancingRequestStatusV01 parse(Response response) {
        MxTsin00200101 message = MxTsin00200101.parse(response.asString());
        assertThat(message).as(response.asString()).isNotNull();
        return message.getInvcFincgReqSts();
    }

    private static String financingOf(InvoiceFinancingDetails1 invoice) {
        Matcher matcher =
                FINANCING.matcher(invoice.getInvcFincgRslt().getAddtlStsRsnInf().get(0));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
