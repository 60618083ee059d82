package org.scfin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.scfin.credit.CreditFacts.fact;
import static org.scfin.credit.CreditFacts.factCount;
import static org.scfin.credit.CreditFacts.headcount;
import static org.scfin.credit.CreditFacts.importFacts;
import static org.scfin.credit.CreditFacts.judgment;
import static org.scfin.credit.CreditFacts.taxGrade;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.CreditCodes;
import org.scfin.testing.Fixtures;
import org.scfin.testing.Tokens;

/** Importing facts (JSON and CSV), the profile as of a date, the history, and what an import refuses. */
@QuarkusTest
class CreditFactImportTest {

    private static final LocalDate TODAY = Times.today();

    @Test
    void aProfileIsTheLatestFactOfEachKindAsOfADateAndHistoryIsKept() {
        String code = CreditCodes.random();
        JsonPath imported = importFacts(List.of(
                taxGrade(code, TODAY.minusYears(1), "B"),
                taxGrade(code, TODAY.minusDays(30), "A"),
                headcount(code, TODAY.minusDays(60), 86),
                judgment(code, TODAY.minusDays(90), "(2026)甘03民初123号", "DEFENDANT"),
                fact(code, "UTILITY_PAYMENT", TODAY.minusDays(10), true, "paymentStatus", "LATE", "monthsCovered", 12),
                fact(
                        code,
                        "ADMINISTRATIVE_PENALTY",
                        TODAY.minusDays(5),
                        true,
                        "decisionNumber",
                        "金市监罚〔2026〕18号",
                        "authority",
                        "金昌市市场监督管理局",
                        "amount",
                        5000)));
        assertThat(imported.getInt("received")).isEqualTo(6);
        assertThat(imported.getInt("recorded")).isEqualTo(6);
        assertThat(imported.getInt("unchanged")).isZero();

        as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}", code)
                .then()
                .statusCode(200)
                .body("part", equalTo("FULL"))
                .body("supplierId", nullValue())
                .body(
                        "facts.kind",
                        contains(
                                "TAX_GRADE",
                                "SOCIAL_INSURANCE",
                                "UTILITY_PAYMENT",
                                "COURT_JUDGMENT",
                                "ADMINISTRATIVE_PENALTY"))
                .body("facts[0].grade", equalTo("A"))
                .body("facts[1].headcount", equalTo(86))
                .body("facts[1].public", equalTo(false))
                .body("facts[2].paymentStatus", equalTo("LATE"))
                .body("facts[3].caseNumber", equalTo("(2026)甘03民初123号"))
                .body("facts[3].amount", equalTo(new BigDecimal("85000.00")))
                .body("facts[4].authority", equalTo("金昌市市场监督管理局"));
        // as of 40 days ago: the older grade, and no utility record or penalty yet
        as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}?asOf=" + TODAY.minusDays(40), code)
                .then()
                .statusCode(200)
                .body("facts.kind", contains("TAX_GRADE", "SOCIAL_INSURANCE", "COURT_JUDGMENT"))
                .body("facts[0].grade", equalTo("B"));
        as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}/facts?kind=TAX_GRADE", code)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.grade", contains("A", "B"));
        assertThat(factCount(code)).isEqualTo(6);
    }

    @Test
    void reimportingTheSameFactsWritesNothingAndALaterImportOfTheSameDateWins() {
        String code = CreditCodes.random();
        List<Map<String, Object>> facts =
                List.of(taxGrade(code, TODAY.minusDays(3), "B"), headcount(code, TODAY.minusDays(3), 40));
        importFacts(facts);
        JsonPath again = importFacts(List.of(facts.get(0), facts.get(1), facts.get(1)));
        assertThat(again.getInt("received")).isEqualTo(3);
        assertThat(again.getInt("recorded")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(3);
        assertThat(factCount(code)).isEqualTo(2);

        // a correction published for the same date is another fact; the profile shows the one imported last
        importFacts(List.of(taxGrade(code, TODAY.minusDays(3), "M")));
        assertThat(factCount(code)).isEqualTo(3);
        as(Tokens.admin()).get("/api/v1/credit-profiles/{code}", code).then().body("facts[0].grade", equalTo("M"));
    }

    @Test
    void aFullBatchIsCountedExactlyAcrossItsInsertStatements() {
        // 1,000 facts are written in several statements; the known ones are spread over all of them
        String code = CreditCodes.random();
        List<Map<String, Object>> known = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            known.add(headcount(code, TODAY.minusDays(i), 10 + i));
        }
        assertThat(importFacts(known).getInt("recorded")).isEqualTo(600);
        List<Map<String, Object>> mixed = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            mixed.add(i % 5 < 3 ? known.get(i / 5 * 3 + i % 5) : taxGrade(code, TODAY.minusDays(i), "B"));
        }
        JsonPath answer = importFacts(mixed);
        assertThat(answer.getInt("received")).isEqualTo(1000);
        assertThat(answer.getInt("recorded")).isEqualTo(400);
        assertThat(answer.getInt("unchanged")).isEqualTo(600);
        assertThat(factCount(code)).isEqualTo(1000);
    }

    @Test
    void csvCarriesTheSameFieldsWithQuotedCells() {
        String code = CreditCodes.random();
        String csv = "kind,creditCode,asOf,source,public,decisionNumber,authority,amount,grade\r\n"
                + "TAX_GRADE," + code + "," + TODAY.minusDays(2) + ",国家税务总局甘肃省税务局,true,,,,C\r\n"
                + "ADMINISTRATIVE_PENALTY," + code + "," + TODAY.minusDays(1)
                + ",\"信用中国, 金昌\",false,\"金市监罚〔2026〕18号\",\"金昌市\"\"市场\"\"监督管理局\",5000.00,\r\n";
        as(Tokens.admin())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/api/v1/credit-facts/csv")
                .then()
                .statusCode(200)
                .body("recorded", equalTo(2));
        as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}", code)
                .then()
                .statusCode(200)
                .body("facts[0].grade", equalTo("C"))
                .body("facts[1].source", equalTo("信用中国, 金昌"))
                .body("facts[1].authority", equalTo("金昌市\"市场\"监督管理局"))
                .body("facts[1].public", equalTo(false))
                .body("facts[1].amount", equalTo(new BigDecimal("5000.00")));
    }

    @Test
    void aBadItemIsNamedAndNothingOfTheBatchIsWritten() {
        String code = CreditCodes.random();
        as(Tokens.admin())
                .body(Map.of(
                        "items",
                        List.of(
                                taxGrade(code, TODAY, "A"),
                                fact(code, "TAX_GRADE", TODAY, true, "grade", "B", "headcount", 3),
                                fact(code, "COURT_JUDGMENT", TODAY, true, "caseNumber", "X1", "amount", 10),
                                taxGrade(code, TODAY.plusDays(1), "A"))))
                .post("/api/v1/credit-facts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("items[1].headcount", "items[2].role", "items[3].asOf"))
                .body("errors.rule", hasItems("not-for-kind", "required-for-kind", "not-in-future"));
        as(Tokens.admin())
                .body(Map.of("items", List.of(taxGrade("91620300MA73XKQ82B", TODAY, "A"))))
                .post("/api/v1/credit-facts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[0].creditCode"));
        as(Tokens.admin())
                .body(Map.of("items", List.of(taxGrade(code, TODAY, "E"))))
                .post("/api/v1/credit-facts")
                .then()
                .statusCode(400);
        assertThat(factCount(code)).isZero();
    }

    @Test
    void aBadCsvCellIsNamedByLineAndColumn() {
        String code = CreditCodes.random();
        String csv = "creditCode,kind,asOf,source,public,grade,headcount\n"
                + code + ",TAX_GRADE," + TODAY + ",国家税务总局,true,A,\n"
                + code + ",TAX_GRADE," + TODAY + ",国家税务总局,yes,E,\n"
                + code + ",SOCIAL_INSURANCE,2026-13-01,人社局,false,,many\n"
                + code + ",SOCIAL_INSURANCE," + TODAY + ",人社局,false,A,12\n";
        as(Tokens.admin())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/api/v1/credit-facts/csv")
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        hasItems(
                                "line 3, column public",
                                "line 3, column grade",
                                "line 4, column asOf",
                                "line 4, column headcount",
                                "line 5, column grade"));
        as(Tokens.admin())
                .contentType("text/csv; charset=UTF-8")
                .body("creditCode,kind,colour\n")
                .post("/api/v1/credit-facts/csv")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("line 1, column colour"));
        as(Tokens.admin())
                .contentType("text/csv; charset=UTF-8")
                .body("creditCode,kind,asOf,source,public,grade\n")
                .post("/api/v1/credit-facts/csv")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("lines"));
        assertThat(factCount(code)).isZero();
    }

    @Test
    void onlyTheAdminImportsAndASupplierReadsItsOwnProfileOnly() {
        Fixtures.Pair pair = Fixtures.pair();
        String code = CreditFacts.creditCodeOf(pair.supplierId());
        String stranger = Fixtures.supplier();
        List<Map<String, Object>> facts = List.of(taxGrade(code, TODAY, "A"), headcount(code, TODAY, 12));
        for (String token : List.of(Tokens.supplier(pair.supplierId()), Tokens.bank(Fixtures.bank("620300")))) {
            as(token)
                    .body(Map.of("items", facts))
                    .post("/api/v1/credit-facts")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        as(pair.erpToken()).get("/api/v1/credit-profiles/{code}", code).then().statusCode(403);
        assertThat(factCount(code)).isZero();
        importFacts(facts);

        as(pair.supplierToken())
                .get("/api/v1/credit-profiles/{code}", code)
                .then()
                .statusCode(200)
                .body("supplierId", equalTo(pair.supplierId()))
                .body("facts.kind", contains("TAX_GRADE", "SOCIAL_INSURANCE"));
        as(pair.supplierToken())
                .get("/api/v1/credit-profiles/{code}/facts", code)
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        as(Tokens.supplier(stranger))
                .get("/api/v1/credit-profiles/{code}", code)
                .then()
                .statusCode(404)
                .body("detail", containsString(code));
        as(Tokens.supplier(stranger))
                .get("/api/v1/credit-profiles/{code}/facts", code)
                .then()
                .statusCode(404);
        as(Tokens.bank(Fixtures.bank("620300")))
                .get("/api/v1/credit-profiles/{code}/facts", code)
                .then()
                .statusCode(403);
        // a code whose check character is wrong, and a date in the future
        as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}", "91620300MA73XKQ82B")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("creditCode"));
        as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}?asOf=" + TODAY.plusDays(1), code)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }
}
