package org.scfin.coupon;

/** The OpenAPI examples of rate coupons: Jinchang's authority gives a supplier 20 basis points. */
public final class CouponExamples {

    public static final String COUPON_ID = "0KZ4J2D1X3D1C";
    public static final String CUT_BP = "20";
    public static final String EXPIRES_ON = "2026-06-30";
    public static final String ISSUED_ON = "2026-01-05";
    public static final String USED_ON = "2026-02-10";
    public static final String STATUS = "USED";
    public static final String AUTHORITY_REGION = "620300";
    public static final String SUPPLIER_REGION = "620302";
    public static final String INTEREST_SAVED = "44.44";
    public static final String RATE_BEFORE_COUPON = "3.8000";
    public static final String SUPPLIER_IDS = "[\"0KZ4J2D1X3B7R\", \"0KZ4J2D1X3B7V\"]";

    public static final String ISSUE_BODY = """
            {"supplierIds": ["0KZ4J2D1X3B7R", "0KZ4J2D1X3B7V"], "cutBp": 20, "expiresOn": "2026-06-30"}""";

    public static final String COUPON_APPROVAL_BODY = """
            {"annualRate": 3.8, "advanceRatio": 90, "valueDate": "2025-07-03", "couponId": "0KZ4J2D1X3D1C"}""";

    private CouponExamples() {}
}
