package org.scfin.product;

/** The OpenAPI examples of the product pool and its lines: Bank of Gansu's pure-credit loan for Jinchang. */
public final class ProductExamples {

    public static final String PRODUCT_ID = "0KZ4J2D1X3C1P";
    public static final String NAME = "金昌信易贷·纳税e贷";
    public static final String KIND = "PURE_CREDIT";
    public static final String RATE_MIN = "3.65";
    public static final String RATE_MAX = "4.35";
    public static final String MAX_AMOUNT = "3000000.00";
    public static final String MAX_TERM_DAYS = "365";
    public static final String REGION_CODES = "[\"620300\"]";
    public static final String MIN_TAX_GRADE = "B";
    public static final String PRODUCT_STATUS = "PUBLISHED";

    public static final String PRODUCT_BODY = """
            {"name": "金昌信易贷·纳税e贷", "kind": "PURE_CREDIT", "rateMin": 3.65, "rateMax": 4.35,
             "maxAmount": 3000000.00, "maxTermDays": 365, "regionCodes": ["620300"], "minTaxGrade": "B",
             "fullyOnline": true}""";

    public static final String LINE_ID = "0KZ4J2D1X3C2L";
    public static final String LINE_AMOUNT = "2000000.00";
    public static final String LINE_USED = "900000.00";
    public static final String LINE_AVAILABLE = "1100000.00";
    public static final String LINE_EXPIRES_ON = "2026-06-30";
    public static final String LINE_STATUS = "LIVE";

    public static final String LINE_BODY = """
            {"productId": "0KZ4J2D1X3C1P", "supplierId": "0KZ4J2D1X3B7R", "amount": 2000000.00,
             "expiresOn": "2026-06-30"}""";

    public static final String LINE_APPROVAL_BODY = """
            {"annualRate": 3.9, "advanceRatio": 90, "valueDate": "2025-07-03", "creditLineId": "0KZ4J2D1X3C2L"}""";

    private ProductExamples() {}
}
