package org.scfin.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/** Recording filings, reading and searching registrations, and exporting them; and every refusal of those. */
@QuarkusTest
class RegistrationRecordTest {

    @Test
    void anInitialRegistrationCoversTheFinancingsInvoicesAndEveryBankFindsIt() {
        RegistrationScene scene = RegistrationScene.approved();
        String number = RegistrationScene.number();
        Response created = scene.record(scene.initial(number));
        created.then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/registrations/" + created.path("id")))
                .body("registry", equalTo("ZHONGDENG"))
                .body("registrationNumber", equalTo(number))
                .body("encumbrance", equalTo("ASSIGNMENT"))
                .body("bankId", equalTo(scene.fx().bankId()))
                .body("assigneeCreditCode", equalTo(scene.bankCreditCode()))
                .body("creditorCreditCode", equalTo(scene.supplierCreditCode()))
                .body("debtorCreditCode", equalTo(scene.debtorCreditCode()))
                .body("invoiceNumbers", contains(scene.invoice().toUpperCase()))
                .body("financingId", equalTo(scene.financing()))
                .body("amount", equalTo(new BigDecimal("80000.00")))
                .body("registeredOn", equalTo(Times.today().toString()))
                .body("expiresOn", equalTo(Times.today().plusYears(3).toString()))
                .body("live", equalTo(true))
                .body("filings", hasSize(1))
                .body("filings[0].kind", equalTo("INITIAL"))
                .body("filings[0].termYears", equalTo(3));
        String id = created.path("id");

        // another bank searching before it lends sees the registration, without the financing and its amount
        String otherBank = Tokens.bank(Fixtures.bank("620300"));
        as(otherBank)
                .queryParam("invoiceNumber", scene.invoice().toLowerCase())
                .get("/api/v1/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].registrationNumber", equalTo(number))
                .body("items[0]", not(hasKey("financingId")))
                .body("items[0]", not(hasKey("amount")));
        as(otherBank)
                .get("/api/v1/registrations/{id}", id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("financingId")));
        as(scene.bank())
                .queryParam("debtorCreditCode", scene.debtorCreditCode())
                .get("/api/v1/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].financingId", equalTo(scene.financing()));
        as(Tokens.admin())
                .queryParam("creditorCreditCode", scene.supplierCreditCode())
                .queryParam("debtorCreditCode", scene.debtorCreditCode())
                .get("/api/v1/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].amount", equalTo(new BigDecimal("80000.00")));
        // filters combine with AND: the right supplier with another debtor is no match
        as(Tokens.admin())
                .queryParam("creditorCreditCode", scene.supplierCreditCode())
                .queryParam("debtorCreditCode", scene.bankCreditCode())
                .get("/api/v1/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void extensionChangeAndCancellationReferToTheInitialRegistration() {
        RegistrationScene scene = RegistrationScene.approved();
        String initial = scene.registered();
        Map<String, Object> extension = scene.later("EXTENSION", RegistrationScene.number(), initial);
        extension.put("termYears", 2);
        scene.record(extension)
                .then()
                .statusCode(201)
                .body("registrationNumber", equalTo(initial))
                .body("expiresOn", equalTo(Times.today().plusYears(5).toString()))
                .body("filings", hasSize(2))
                .body("filings[1].kind", equalTo("EXTENSION"));
        Map<String, Object> change = scene.later("CHANGE", RegistrationScene.number(), initial);
        change.put("amount", 75000);
        scene.record(change).then().statusCode(201).body("amount", equalTo(new BigDecimal("75000.00")));

        String cancellation = RegistrationScene.number();
        String id = scene.record(scene.later("CANCELLATION", cancellation, initial))
                .then()
                .statusCode(201)
                .body("cancelledOn", equalTo(Times.today().toString()))
                .body("live", equalTo(false))
                .body("filings", hasSize(4))
                .extract()
                .path("id");
        // no longer live: the search leaves it out, and no filing is taken on it any more
        as(scene.bank())
                .queryParam("invoiceNumber", scene.invoice())
                .get("/api/v1/registrations")
                .then()
                .body("total", equalTo(0));
        Map<String, Object> late = scene.later("EXTENSION", RegistrationScene.number(), initial);
        late.put("termYears", 1);
        scene.record(late)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("cancelled on " + Times.today()));
        as(scene.bank()).get("/api/v1/registrations/{id}", id).then().body("filings", hasSize(4));
    }

    @Test
    void refusalsNameTheProblemAndWriteNothing() {
        RegistrationScene scene = RegistrationScene.approved();
        String number = RegistrationScene.number();
        Map<String, Object> good = scene.initial(number);

        // wrong role: 403; another bank's financing: 404
        as(scene.fx().pair().supplierToken())
                .body(good)
                .post("/api/v1/registrations")
                .then()
                .statusCode(403);
        as(scene.fx().pair().erpToken())
                .body(good)
                .post("/api/v1/registrations")
                .then()
                .statusCode(403);
        as(Tokens.admin()).body(good).post("/api/v1/registrations").then().statusCode(403);
        as(Tokens.bank(Fixtures.bank("620300")))
                .body(good)
                .post("/api/v1/registrations")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        // bad input: 422 naming the field
        refused(scene, with(good, "termYears", null), "termYears", "required");
        refused(scene, with(good, "termYears", 31), "termYears", null);
        refused(scene, with(good, "termYears", 0), "termYears", null);
        refused(scene, with(good, "registeredOn", Times.today().plusDays(1).toString()), "registeredOn", null);
        refused(scene, with(good, "registrationNumber", "abc"), "registrationNumber", null);
        refused(scene, with(good, "registrationNumber", null), "registrationNumber", null);
        refused(scene, with(good, "financingId", "nope"), "financingId", null);
        refused(scene, with(good, "initialRegistrationNumber", number), "initialRegistrationNumber", null);
        refused(scene, with(good, "invoiceNumbers", List.of("INV-NOT-OURS")), "invoiceNumbers[0]", "of-financing");
        refused(
                scene,
                with(
                        good,
                        "invoiceNumbers",
                        List.of(scene.invoice(), scene.invoice().toLowerCase())),
                "invoiceNumbers[1]",
                "distinct");
        refused(scene, with(good, "amount", 1.001), "amount", null);
        Map<String, Object> cancellation = scene.later("CANCELLATION", RegistrationScene.number(), number);
        refused(scene, cancellation, "initialRegistrationNumber", "known-initial-registration");
        refused(scene, with(cancellation, "termYears", 1), "termYears", "absent");
        refused(scene, with(cancellation, "initialRegistrationNumber", null), "initialRegistrationNumber", "required");
        refused(scene, with(cancellation, "amount", 10), "amount", "absent");
        as(scene.bank())
                .body(with(good, "kind", "RENEWAL"))
                .post("/api/v1/registrations")
                .then()
                .statusCode(400);

        // none of it wrote anything
        as(Tokens.admin())
                .queryParam("creditorCreditCode", scene.supplierCreditCode())
                .get("/api/v1/registrations")
                .then()
                .body("total", equalTo(0));

        // the same number twice: 409, and the first stays as it was
        scene.record(good).then().statusCode(201);
        scene.record(good)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("registrationNumber"))
                .body("errors[0].rule", equalTo("unique"));
        as(Tokens.admin())
                .queryParam("creditorCreditCode", scene.supplierCreditCode())
                .get("/api/v1/registrations")
                .then()
                .body("total", equalTo(1))
                .body("items[0].filings", hasSize(1));
    }

    @Test
    void anInitialRegistrationNeedsALiveFinancing() {
        RegistrationScene scene = RegistrationScene.approved();
        scene.reject();
        scene.record(scene.initial(RegistrationScene.number()))
                .then()
                .statusCode(409)
                .body("detail", containsString("REJECTED"));
    }

    @Test
    void searchAndReadAreForBanksAndTheAdminWithAFilter() {
        RegistrationScene scene = RegistrationScene.approved();
        String id = scene.record(scene.initial(RegistrationScene.number())).path("id");
        for (String token :
                List.of(scene.fx().pair().supplierToken(), scene.fx().pair().erpToken(), Tokens.dashboard(null))) {
            as(token)
                    .queryParam("invoiceNumber", scene.invoice())
                    .get("/api/v1/registrations")
                    .then()
                    .statusCode(403);
            as(token).get("/api/v1/registrations/{id}", id).then().statusCode(403);
        }
        as(scene.bank())
                .get("/api/v1/registrations")
                .then()
                .statusCode(400)
                .body("errors[0].rule", equalTo("one-filter-required"));
        as(scene.bank())
                .queryParam("debtorCreditCode", "91620300MA73XKQ82B")
                .get("/api/v1/registrations")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("debtorCreditCode"));
        as(scene.bank())
                .queryParam("invoiceNumber", "bad number")
                .get("/api/v1/registrations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("invoiceNumber"));
        as(scene.bank())
                .get("/api/v1/registrations/{id}", "0KZ4J2D1X3B90")
                .then()
                .statusCode(404);
    }

    @Test
    void theExportListsTheBanksOwnFilingsInTheRegistrysFields() {
        RegistrationScene scene = RegistrationScene.approved();
        String initial = scene.registered();
        Map<String, Object> extension = scene.later("EXTENSION", RegistrationScene.number(), initial);
        extension.put("termYears", 1);
        scene.record(extension).then().statusCode(201);
        String csv = as(scene.bank())
                .accept("text/csv")
                .queryParam("from", Times.today().minusDays(1).toString())
                .queryParam("to", Times.today().toString())
                .get("/api/v1/registrations/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(RegistrationExport.HEADER.strip());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .startsWith("INITIAL,ZHONGDENG," + initial + ",,ASSIGNMENT," + Times.today() + ",3,"
                        + Times.today().plusYears(3) + ",")
                .contains(scene.bankCreditCode(), scene.supplierCreditCode(), scene.debtorCreditCode())
                .contains("发票号码：" + scene.invoice().toUpperCase())
                .endsWith(",80000.00,CNY," + scene.financing());
        assertThat(lines.get(2)).startsWith("EXTENSION,ZHONGDENG,");
        assertThat(lines.get(2))
                .contains("," + initial + ",ASSIGNMENT,", "," + Times.today().plusYears(4) + ",");

        // another bank exports none of it; dates are required and a range is at most 366 days
        String other = as(Tokens.bank(Fixtures.bank("620300")))
                .accept("text/csv")
                .queryParam("from", Times.today().toString())
                .queryParam("to", Times.today().toString())
                .get("/api/v1/registrations/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(other).isEqualTo(RegistrationExport.HEADER);
        as(scene.bank())
                .accept("text/csv")
                .queryParam("to", Times.today().toString())
                .get("/api/v1/registrations/export")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(scene.bank())
                .accept("text/csv")
                .queryParam("from", Times.today().minusDays(366).toString())
                .queryParam("to", Times.today().toString())
                .get("/api/v1/registrations/export")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(Tokens.admin())
                .accept("text/csv")
                .queryParam("from", Times.today().toString())
                .queryParam("to", Times.today().toString())
                .get("/api/v1/registrations/export")
                .then()
                .statusCode(403);
    }

    private static void refused(RegistrationScene scene, Map<String, Object> body, String field, String rule) {
        var answer = scene.record(body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        if (rule != null) {
            answer.body("errors.rule", hasItem(rule));
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
