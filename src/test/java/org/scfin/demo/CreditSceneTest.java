package org.scfin.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scfin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scfin.common.Times;
import org.scfin.testing.DemoData;
import org.scfin.testing.Tokens;

/**
 * The demo's credit-information scene of Jinchang, through the API: the product pool serving the city, the lines its
 * banks granted and the 365 million yuan of 2025 lent within them (21.62% of the borrowers credit white), the
 * suppliers' facts, their consents and the reads recorded.
 */
@QuarkusTest
@TestProfile(DemoData.class)
class CreditSceneTest {

    private static final String GANSU = "620000";
    private static final String JINCHANG = "620300";

    @Inject
    DemoDataLoader loader;

    @Inject
    EntityManager em;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void jinchangsPoolHasTenProductsSixOfThemPureCredit() {
        as(Tokens.dashboard(GANSU))
                .get("/api/v1/product-pool/regions/" + JINCHANG)
                .then()
                .statusCode(200)
                .body("products", equalTo(JinchangPool.PRODUCTS))
                .body("pureCreditProducts", equalTo(JinchangPool.PURE_CREDIT))
                .body("pureCreditShare", equalTo(d("60.00")))
                .body("fullyOnlineProducts", equalTo(JinchangPool.FULLY_ONLINE))
                .body("averageRate", equalTo(d(JinchangPool.AVERAGE_RATE)));
        // the village bank's product serves its county alone; Gansu Bank's the whole province
        as(Tokens.admin())
                .get("/api/v1/products?regionCode=620321&kind=GUARANTEE")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("惠农担保贷"));
        as(Tokens.admin())
                .get("/api/v1/products?regionCode=620302&kind=GUARANTEE")
                .then()
                .statusCode(200)
                .body("items.name", not(hasItem("惠农担保贷")));
        as(Tokens.admin())
                .get("/api/v1/products?regionCode=620100")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    /**
     * The published figure: 365 million yuan lent within lines in 2025, 21.6% of the borrowers credit white (8 of 37,
     * 21.62%). Read from each line borrower's financings as its bank sees them, and from the column the statistics
     * count by.
     */
    @Test
    void jinchangLent365MillionWithinLinesIn2025ToBorrowersOneInFiveCreditWhite() {
        List<Map<String, Object>> lines = as(Tokens.admin())
                .get("/api/v1/credit-lines?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertTrue(lines.size() >= JinchangLines.BORROWERS, "a line for each borrower at least: " + lines.size());
        Set<String> lineIds = new HashSet<>();
        for (Map<String, Object> line : lines) {
            lineIds.add((String) line.get("id"));
            assertEquals("LIVE", line.get("status"));
            assertEquals(0, new BigDecimal(line.get("usedAmount").toString()).signum(), "every 2025 loan was repaid");
            String kind = as(Tokens.admin())
                    .get("/api/v1/products/{id}", line.get("productId"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("kind");
            assertEquals("PURE_CREDIT", kind);
        }
        Set<String> borrowers = new HashSet<>();
        int creditWhite = 0;
        BigDecimal lent = BigDecimal.ZERO;
        for (String supplier :
                lines.stream().map(l -> (String) l.get("supplierId")).distinct().toList()) {
            JsonPath financings = as(Tokens.admin())
                    .get("/api/v1/financings?supplierId=" + supplier + "&size=200")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertTrue(financings.getInt("total") <= 200);
            List<Map<String, Object>> items = financings.getList("items");
            for (Map<String, Object> f : items) {
                String line = (String) f.get("creditLineId");
                if (line == null || !((String) f.get("disbursedAt")).startsWith("2025")) {
                    continue;
                }
                assertTrue(lineIds.contains(line));
                Map<String, Object> granted = lines.stream()
                        .filter(l -> l.get("id").equals(line))
                        .findFirst()
                        .orElseThrow();
                assertEquals(granted.get("bankId"), f.get("bankId"), "lent within the lending bank's line");
                assertEquals(supplier, granted.get("supplierId"));
                lent = lent.add(new BigDecimal(f.get("principal").toString()));
                if (borrowers.add(supplier)
                        && as(Tokens.admin())
                                .get("/api/v1/suppliers/{id}", supplier)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<Boolean>path("creditWhite")) {
                    creditWhite++;
                }
            }
        }
        assertEquals(d("365000000.00"), lent);
        assertEquals(JinchangLines.BORROWERS, borrowers.size());
        assertEquals(JinchangLines.CREDIT_WHITE_BORROWERS, creditWhite);
        assertEquals(
                d("21.62"),
                BigDecimal.valueOf(creditWhite * 100L)
                        .divide(BigDecimal.valueOf(borrowers.size()), 2, RoundingMode.HALF_UP));
        // the column the statistics count lending through lines by: Jinchang's, disbursed in 2025, and no other
        Object[] row =
                (Object[]) em.createNativeQuery("select sum(principal), count(distinct supplier_id) from financing"
                                + " where credit_line_id is not null and supplier_region_code like '6203%'"
                                + " and disbursed_at >= '2025-01-01' and disbursed_at < '2026-01-01'")
                        .getSingleResult();
        assertEquals(0, d("365000000.00").compareTo(new BigDecimal(row[0].toString())));
        assertEquals(JinchangLines.BORROWERS, ((Number) row[1]).intValue());
        Number elsewhere =
                (Number) em.createNativeQuery("select count(*) from financing where credit_line_id is not null"
                                + " and (supplier_region_code not like '6203%' or disbursed_at < '2025-01-01'"
                                + " or disbursed_at >= '2026-01-01')")
                        .getSingleResult();
        assertEquals(0, elsewhere.intValue());
    }

    @Test
    void aBorrowerAuthorisedItsBankWhichReadItsFullProfileOnce() {
        Map<String, Object> line = as(Tokens.admin())
                .get("/api/v1/credit-lines?size=1&sort=createdAt")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items[0]");
        String supplier = (String) line.get("supplierId");
        String bank = (String) line.get("bankId");
        as(Tokens.supplier(supplier))
                .get("/api/v1/credit-consents?status=LIVE")
                .then()
                .statusCode(200)
                .body("items.bankId", hasItem(bank))
                .body("items.purpose", hasItem(JinchangCredit.CONSENT_PURPOSE));
        JsonPath reads = as(Tokens.supplier(supplier))
                .get("/api/v1/credit-reads?bankId=" + bank)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].nonPublic", equalTo(true))
                .body("items[0].purpose", equalTo(JinchangCredit.FULL_READ_PURPOSE))
                .extract()
                .jsonPath();
        List<String> kinds = reads.getList("items[0].kinds");
        assertTrue(kinds.containsAll(List.of("TAX_GRADE", "SOCIAL_INSURANCE", "UTILITY_PAYMENT")), "read: " + kinds);
        // the public part leaves out the headcount and the power bills
        String code = as(Tokens.admin())
                .get("/api/v1/suppliers/{id}", supplier)
                .then()
                .extract()
                .path("creditCode");
        List<String> publicKinds = as(Tokens.admin())
                .get("/api/v1/credit-profiles/{code}?part=PUBLIC", code)
                .then()
                .statusCode(200)
                .extract()
                .path("facts.kind");
        assertTrue(publicKinds.contains("TAX_GRADE"), "public: " + publicKinds);
        assertTrue(!publicKinds.contains("SOCIAL_INSURANCE") && !publicKinds.contains("UTILITY_PAYMENT"));
        // a bank the supplier did not authorise reads no more than the public part
        String other = as(Tokens.admin())
                .get("/api/v1/banks?regionCode=" + JINCHANG + "&size=200")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id", String.class)
                .stream()
                .filter(b -> !b.equals(bank))
                .filter(b -> as(Tokens.supplier(supplier))
                                .get("/api/v1/credit-consents?bankId=" + b)
                                .then()
                                .extract()
                                .<Integer>path("total")
                        == 0)
                .findFirst()
                .orElseThrow();
        as(Tokens.bank(other))
                .get("/api/v1/credit-profiles/{code}?part=FULL&purpose=x", code)
                .then()
                .statusCode(403);
    }

    /**
     * The demo's reads, all of Jinchang's profiles: full ones under consent, and Gansu Bank's of the public part of a
     * few others.
     */
    @Test
    void jinchangsReadsAreFullUnderConsentOrPublic() {
        JsonPath all = as(Tokens.admin())
                .get("/api/v1/credit-reads?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> reads = all.getList("items");
        long full = reads.stream()
                .filter(r -> Boolean.TRUE.equals(r.get("nonPublic")))
                .count();
        long open = reads.stream()
                .filter(r -> Boolean.FALSE.equals(r.get("nonPublic")))
                .count();
        assertTrue(full >= JinchangLines.BORROWERS, "a full read for each borrower's bank at least: " + full);
        assertTrue(open >= JinchangCredit.PUBLIC_READS, "public reads: " + open);
        assertTrue(all.getInt("total") <= 200);
        for (Map<String, Object> r : reads) {
            assertTrue(((String) r.get("regionCode")).startsWith("6203"), "a Jinchang supplier's: " + r);
            assertEquals(
                    Boolean.TRUE.equals(r.get("nonPublic")),
                    r.get("consentId") != null,
                    "full reads only under consent");
        }
    }

    @Test
    void publicJudgmentsAndPenaltiesAreOnRecord() {
        Number judgments = (Number)
                em.createNativeQuery("select count(*) from credit_fact where kind = 'COURT_JUDGMENT' and is_public")
                        .getSingleResult();
        Number penalties = (Number) em.createNativeQuery(
                        "select count(*) from credit_fact where kind = 'ADMINISTRATIVE_PENALTY' and is_public")
                .getSingleResult();
        assertEquals(JinchangCredit.JUDGMENTS, judgments.intValue());
        assertEquals(JinchangCredit.PENALTIES, penalties.intValue());
    }

    @Test
    void jinchangsAuthorityGaveEachBorrowerWithinALineOneCouponOf20BasisPoints() {
        JsonPath coupons = as(Tokens.authority(Jinchang.CITY))
                .get("/api/v1/rate-coupons?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(JinchangLines.BORROWERS, coupons.getInt("total"));
        assertEquals(Set.of(20), Set.copyOf(coupons.getList("items.cutBp", Integer.class)));
        assertEquals(Set.of("ISSUED"), Set.copyOf(coupons.getList("items.status", String.class)));
        Set<String> lineBorrowers = Set.copyOf(as(Tokens.admin())
                .get("/api/v1/credit-lines?size=200")
                .then()
                .extract()
                .jsonPath()
                .getList("items.supplierId", String.class));
        assertEquals(lineBorrowers, Set.copyOf(coupons.getList("items.supplierId", String.class)));
        // another city's authority sees none of them
        as(Tokens.authority("371500"))
                .get("/api/v1/rate-coupons")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void jinchangsStatisticsShowTheSceneAsThePublishedFigures() {
        as(Tokens.dashboard(Jinchang.CITY))
                .get("/api/v1/stats/regions/620300?year=2025")
                .then()
                .statusCode(200)
                .body("creditInformation.lineLending.amount", equalTo(d("365000000.00")))
                .body("creditInformation.lineLending.borrowers", equalTo(JinchangLines.BORROWERS))
                .body(
                        "creditInformation.lineLending.creditWhiteBorrowers",
                        equalTo(JinchangLines.CREDIT_WHITE_BORROWERS))
                .body("creditInformation.lineLending.creditWhiteBorrowerSharePct", equalTo(d("21.62")))
                .body("creditInformation.productPool.products", equalTo(10))
                .body("creditInformation.productPool.pureCreditShare", equalTo(d("60.00")));
        // the consents, reads and coupons are of the year of the load
        as(Tokens.dashboard(Jinchang.CITY))
                .get("/api/v1/stats/regions/620300?year=" + Times.today().getYear())
                .then()
                .statusCode(200)
                .body("creditInformation.coupons.issued", equalTo(JinchangLines.BORROWERS))
                .body("creditInformation.coupons.used", equalTo(0));
    }

    @Test
    void loadingASecondTimeAddsNothingToTheScene() {
        List<Long> before = sceneRows();
        loader.load();
        assertEquals(before, sceneRows());
    }

    private List<Long> sceneRows() {
        List<Long> rows = new ArrayList<>();
        for (String table : List.of(
                "credit_product", "credit_line", "credit_fact", "credit_consent", "credit_read", "rate_coupon")) {
            rows.add(((Number) em.createNativeQuery("select count(*) from " + table)
                            .getSingleResult())
                    .longValue());
        }
        rows.add(((Number) em.createNativeQuery("select count(*) from financing where credit_line_id is not null")
                        .getSingleResult())
                .longValue());
        return rows;
    }
}
