package org.scfin.credit;

import static org.scfin.testing.Api.as;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scfin.testing.Tokens;

/** Facts as an import's items, and the calls the credit tests share. */
final class CreditFacts {

    private CreditFacts() {}

    static Map<String, Object> fact(String code, String kind, LocalDate asOf, boolean isPublic, Object... values) {
        Map<String, Object> fact = new HashMap<>(Map.of(
                "creditCode", code, "kind", kind, "asOf", asOf.toString(), "source", "信用中国", "public", isPublic));
        for (int i = 0; i < values.length; i += 2) {
            fact.put((String) values[i], values[i + 1]);
        }
        return fact;
    }

    static Map<String, Object> taxGrade(String code, LocalDate asOf, String grade) {
        return fact(code, "TAX_GRADE", asOf, true, "grade", grade);
    }

    static Map<String, Object> headcount(String code, LocalDate asOf, int headcount) {
        return fact(code, "SOCIAL_INSURANCE", asOf, false, "headcount", headcount);
    }

    static Map<String, Object> judgment(String code, LocalDate asOf, String caseNumber, String role) {
        return fact(code, "COURT_JUDGMENT", asOf, true, "caseNumber", caseNumber, "role", role, "amount", 85000.00);
    }

    /** Imports as the admin and answers the import's counts. */
    static JsonPath importFacts(List<Map<String, Object>> items) {
        return as(Tokens.admin())
                .body(Map.of("items", items))
                .post("/api/v1/credit-facts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String creditCodeOf(String supplierId) {
        return as(Tokens.admin())
                .get("/api/v1/suppliers/{id}", supplierId)
                .then()
                .statusCode(200)
                .extract()
                .path("creditCode");
    }

    /** How many facts are recorded about the enterprise, as the admin lists them. */
    static int factCount(String code) {
        return as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}/facts", code)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }
}
