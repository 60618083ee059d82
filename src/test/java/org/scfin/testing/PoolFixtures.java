package org.scfin.testing;

import static org.scfin.testing.Api.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Products in the pool and lines under them, published and granted through the API as a bank would. */
public final class PoolFixtures {

    private PoolFixtures() {}

    /** A product body; change a field with {@code put} before posting it. */
    public static Map<String, Object> product(String kind, String rateMin, String rateMax, String... regionCodes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "信易贷-" + Fixtures.shortId());
        body.put("kind", kind);
        body.put("rateMin", new BigDecimal(rateMin));
        body.put("rateMax", new BigDecimal(rateMax));
        body.put("maxAmount", new BigDecimal("1000000.00"));
        body.put("maxTermDays", 365);
        body.put("regionCodes", List.of(regionCodes));
        body.put("fullyOnline", true);
        return body;
    }

    public static String publish(String bankId, Map<String, Object> body) {
        return as(Tokens.bank(bankId))
                .body(body)
                .post("/api/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A pure-credit product of {@code bankId} for Jinchang city at 3.5% to 5%, up to 1,000,000.00 for a year. */
    public static String jinchangProduct(String bankId) {
        return publish(bankId, product("PURE_CREDIT", "3.5", "5.0", "620300"));
    }

    public static Map<String, Object> line(String productId, String supplierId, String amount, LocalDate expiresOn) {
        return Map.of(
                "productId",
                productId,
                "supplierId",
                supplierId,
                "amount",
                new BigDecimal(amount),
                "expiresOn",
                expiresOn.toString());
    }

    public static String grant(String bankId, String productId, String supplierId, String amount, LocalDate expiresOn) {
        return as(Tokens.bank(bankId))
                .body(line(productId, supplierId, amount, expiresOn))
                .post("/api/v1/credit-lines")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
