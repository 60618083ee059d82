package org.scfin.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;

/**
 * What registrations change for financings: a program may require one before disbursement, and an application whose
 * invoice is in another bank's live registration is refused (financing already initiated).
 */
@QuarkusTest
class RegistrationRulesTest {

    @Test
    void aProgramThatRequiresARegistrationDisbursesOnlyWithALiveOne() {
        RegistrationScene scene = RegistrationScene.approved();
        as(scene.bank())
                .body(Map.of("registrationRequired", true))
                .patch("/api/v1/programs/{id}", scene.fx().programId())
                .then()
                .statusCode(200)
                .body("registrationRequired", equalTo(true));

        as(scene.bank())
                .post("/api/v1/financings/{id}/disburse", scene.financing())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://scfin.org/problems/registration-required"))
                .body("detail", containsString("requires a live registration"));
        // nothing moved: still approved, no notice of assignment
        as(scene.bank())
                .get("/api/v1/financings/{id}", scene.financing())
                .then()
                .body("status", equalTo("APPROVED"));
        as(scene.fx().pair().erpToken()).get("/api/v1/notices").then().body("total", equalTo(0));

        scene.registered();
        scene.disburse();

        // a registration that has expired, or was cancelled, is no registration
        RegistrationScene expired = RegistrationScene.approvedUnder(scene.fx());
        expired.record(expired.initial(RegistrationScene.number(), Times.today().minusYears(2), 1))
                .then()
                .statusCode(201)
                .body("live", equalTo(false));
        as(scene.bank())
                .post("/api/v1/financings/{id}/disburse", expired.financing())
                .then()
                .statusCode(409);
        RegistrationScene cancelled = RegistrationScene.approvedUnder(scene.fx());
        String initial = cancelled.registered();
        cancelled
                .record(cancelled.later("CANCELLATION", RegistrationScene.number(), initial))
                .then()
                .statusCode(201);
        as(scene.bank())
                .post("/api/v1/financings/{id}/disburse", cancelled.financing())
                .then()
                .statusCode(409);

        // no longer required: disbursed without one
        as(scene.bank())
                .body(Map.of("registrationRequired", false))
                .patch("/api/v1/programs/{id}", scene.fx().programId())
                .then()
                .body("registrationRequired", equalTo(false));
        expired.disburse();
    }

    @Test
    void aProgramIsCreatedWithTheRequirementOrWithoutIt() {
        FinancingFixture fx = FinancingFixture.create("1000000.00", "UPFRONT");
        as(fx.bankToken())
                .get("/api/v1/programs/{id}", fx.programId())
                .then()
                .body("registrationRequired", equalTo(false));
        Map<String, Object> body = new HashMap<>(Map.of(
                "coreEnterpriseId",
                fx.pair().coreEnterpriseId(),
                "creditLimit",
                1000000,
                "maxAdvanceRatio",
                90,
                "rateFloor",
                3.5,
                "rateCap",
                5.0,
                "interestMode",
                "UPFRONT",
                "validFrom",
                Times.today().toString(),
                "validTo",
                Times.today().plusYears(1).toString(),
                "collectionAccount",
                Fixtures.collectionAccount(),
                "registrationRequired",
                true));
        as(fx.bankToken())
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .body("registrationRequired", equalTo(true));
        body.put("registrationRequired", "yes");
        as(fx.bankToken()).body(body).post("/api/v1/programs").then().statusCode(400);
    }

    @Test
    void anInvoiceInAnotherBanksLiveRegistrationIsFinancingAlreadyInitiated() {
        // bank A registers the supplier's invoice, then rejects the financing: no financing here holds the receivable
        // any more, but the registration was not cancelled
        RegistrationScene a = RegistrationScene.approved();
        String initial = a.registered();
        a.reject();

        // bank B, on the same core enterprise's payables: refused, and nothing is written
        FinancingFixture b = a.anotherBank();
        as(a.fx().pair().supplierToken())
                .body(b.application("80000.00", a.receivable()))
                .post("/api/v1/financings")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("financing already initiated"))
                .body("detail", containsString(initial))
                .body("errors[0].field", equalTo("receivableIds[0]"))
                .body("errors[0].rule", equalTo("not-registered-by-another-bank"));
        as(b.bankToken()).get("/api/v1/financings").then().body("total", equalTo(0));

        // the registering bank itself may finance it again
        String own = a.fx().apply("80000.00", a.receivable());
        as(a.fx().pair().supplierToken())
                .post("/api/v1/financings/{id}/cancel", own)
                .then()
                .statusCode(200);

        // once bank A cancels the registration, bank B may lend
        a.record(a.later("CANCELLATION", RegistrationScene.number(), initial))
                .then()
                .statusCode(201);
        b.apply("80000.00", a.receivable());
    }

    @Test
    void anExpiredRegistrationOrAnotherSuppliersInvoiceNumberDoesNotBlock() {
        RegistrationScene a = RegistrationScene.approved();
        a.record(a.initial(RegistrationScene.number(), Times.today().minusYears(2), 1))
                .then()
                .statusCode(201);
        a.reject();
        a.anotherBank().apply("80000.00", a.receivable());

        // a live registration of the same invoice number by another supplier is another invoice
        RegistrationScene c = RegistrationScene.approved();
        c.registered();
        FinancingFixture other = FinancingFixture.create("1000000.00", "UPFRONT");
        Map<String, Object> item = Fixtures.receivable(other.pair().supplierId(), "1000.00");
        item.put("invoiceNumbers", List.of(c.invoice()));
        item.put("issueDate", Times.today().minusDays(1).toString());
        item.put("dueDate", other.due().toString());
        String receivable = as(other.pair().erpToken())
                .body(item)
                .post("/api/v1/receivables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        other.apply("800.00", receivable);
    }
}
