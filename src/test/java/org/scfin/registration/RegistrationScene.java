package org.scfin.registration;

import static org.scfin.testing.Api.as;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.scfin.common.Times;
import org.scfin.testing.FinancingFixture;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/**
 * A bank's financing of one receivable of 100,000.00, applied for 80,000.00 and approved at 4% (principal 80,000.00),
 * with the receivable's invoice and the parties' credit codes, ready to be registered.
 */
record RegistrationScene(FinancingFixture fx, String receivable, String financing, String invoice) {

    static RegistrationScene approved() {
        FinancingFixture fx = FinancingFixture.create("10000000.00", "UPFRONT");
        return approvedUnder(fx);
    }

    /** Another financing under the same program, of a new receivable. */
    static RegistrationScene approvedUnder(FinancingFixture fx) {
        String receivable = fx.receivable("100000.00");
        String financing = fx.apply("80000.00", receivable);
        fx.approve(financing, "4.0", "90", Times.today());
        return new RegistrationScene(fx, receivable, financing, invoiceOf(fx, receivable));
    }

    static String invoiceOf(FinancingFixture fx, String receivable) {
        return as(fx.pair().erpToken())
                .get("/api/v1/receivables/{id}", receivable)
                .then()
                .statusCode(200)
                .extract()
                .path("invoiceNumbers[0]");
    }

    String bank() {
        return fx.bankToken();
    }

    String supplierCreditCode() {
        return creditCode("/api/v1/suppliers/{id}", fx.pair().supplierId());
    }

    String debtorCreditCode() {
        return creditCode("/api/v1/core-enterprises/{id}", fx.pair().coreEnterpriseId());
    }

    String bankCreditCode() {
        return creditCode("/api/v1/banks/{id}", fx.bankId());
    }

    private static String creditCode(String path, String id) {
        return as(Tokens.admin()).get(path, id).then().statusCode(200).extract().path("creditCode");
    }

    /** An initial registration's body: today, for 3 years. */
    Map<String, Object> initial(String number) {
        return initial(number, Times.today(), 3);
    }

    Map<String, Object> initial(String number, LocalDate registeredOn, int termYears) {
        Map<String, Object> body = new HashMap<>();
        body.put("financingId", financing);
        body.put("registry", "ZHONGDENG");
        body.put("kind", "INITIAL");
        body.put("registrationNumber", number);
        body.put("registeredOn", registeredOn.toString());
        body.put("termYears", termYears);
        return body;
    }

    /** A change, extension or cancellation of the initial registration {@code initialNumber}, filed today. */
    Map<String, Object> later(String kind, String number, String initialNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("financingId", financing);
        body.put("registry", "ZHONGDENG");
        body.put("kind", kind);
        body.put("registrationNumber", number);
        body.put("initialRegistrationNumber", initialNumber);
        body.put("registeredOn", Times.today().toString());
        return body;
    }

    Response record(Map<String, Object> body) {
        return as(bank()).body(body).post("/api/v1/registrations");
    }

    /** Records an initial registration and returns its number. */
    String registered() {
        String number = number();
        record(initial(number)).then().statusCode(201);
        return number;
    }

    /** The bank rejects the financing, which frees the receivable (and leaves any registration as it is). */
    void reject() {
        as(bank())
                .body(Map.of("reasonCode", "OTHER"))
                .post("/api/v1/financings/{id}/reject", financing)
                .then()
                .statusCode(200);
    }

    /** A program of another bank on the same core enterprise's payables, where the supplier may apply too. */
    FinancingFixture anotherBank() {
        String bank = Fixtures.bank("620300");
        String program =
                Fixtures.program(bank, fx.pair().coreEnterpriseId(), "1000000.00", "90", "3.5", "5.0", "UPFRONT");
        return new FinancingFixture(fx.pair(), bank, program, fx.due());
    }

    void disburse() {
        as(bank()).post("/api/v1/financings/{id}/disburse", financing).then().statusCode(200);
    }

    /** A fresh 20-digit number, as the registry gives them. */
    static String number() {
        return "0621" + String.format("%016d", ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
    }
}
