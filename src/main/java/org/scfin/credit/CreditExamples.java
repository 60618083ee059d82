package org.scfin.credit;

/** Example values and bodies for the credit information operations in the OpenAPI document. */
final class CreditExamples {

    static final String FACT_ID = "0KZ4J2D1X3C01";
    static final String CONSENT_ID = "0KZ4J2D1X3C02";
    static final String READ_ID = "0KZ4J2D1X3C03";

    static final String IMPORT_BODY = """
            {"items": [
              {"creditCode": "91620300MA73XKQ82A", "kind": "TAX_GRADE", "asOf": "2026-04-01",
               "source": "国家税务总局甘肃省税务局", "public": true, "grade": "A"},
              {"creditCode": "91620300MA73XKQ82A", "kind": "SOCIAL_INSURANCE", "asOf": "2026-03-31",
               "source": "金昌市人力资源和社会保障局", "public": false, "headcount": 86},
              {"creditCode": "91620300MA73XKQ82A", "kind": "COURT_JUDGMENT", "asOf": "2026-02-18",
               "source": "中国裁判文书网", "public": true, "caseNumber": "(2026)甘03民初123号", "role": "DEFENDANT",
               "amount": 85000.00}]}""";

    static final String IMPORT_CSV = """
            creditCode,kind,asOf,source,public,grade,headcount,paymentStatus,monthsCovered,caseNumber,role,\
            decisionNumber,authority,amount
            91620300MA73XKQ82A,TAX_GRADE,2026-04-01,国家税务总局甘肃省税务局,true,A,,,,,,,,
            91620300MA73XKQ82A,UTILITY_PAYMENT,2026-03-31,国网金昌供电公司,false,,,ON_TIME,12,,,,,
            91620300MA73XKQ82A,ADMINISTRATIVE_PENALTY,2026-01-20,"信用中国(甘肃金昌)",true,,,,,,,\
            金市监罚〔2026〕18号,金昌市市场监督管理局,5000.00
            """;

    static final String IMPORTED = """
            {"received": 3, "recorded": 2, "unchanged": 1, "alerts": 0}""";

    private static final String TAX_FACT = """
            {"id": "0KZ4J2D1X3C01", "creditCode": "91620300MA73XKQ82A", "kind": "TAX_GRADE", "asOf": "2026-04-01",
             "source": "国家税务总局甘肃省税务局", "public": true, "grade": "A", "headcount": null, "paymentStatus": null,
             "monthsCovered": null, "caseNumber": null, "role": null, "decisionNumber": null, "authority": null,
             "amount": null, "importedAt": "2026-04-02T01:00:00Z"}""";

    private static final String HEADCOUNT_FACT = """
            {"id": "0KZ4J2D1X3C04", "creditCode": "91620300MA73XKQ82A", "kind": "SOCIAL_INSURANCE",
             "asOf": "2026-03-31", "source": "金昌市人力资源和社会保障局", "public": false, "grade": null,
             "headcount": 86, "paymentStatus": null, "monthsCovered": null, "caseNumber": null, "role": null,
             "decisionNumber": null, "authority": null, "amount": null, "importedAt": "2026-04-02T01:00:00Z"}""";

    static final String PROFILE =
            "{\"creditCode\": \"91620300MA73XKQ82A\", \"asOf\": \"2026-04-20\", \"part\": \"FULL\","
                    + " \"supplierId\": \"0KZ4J2D1X3B7R\", \"facts\": [" + TAX_FACT + ", " + HEADCOUNT_FACT + "]}";

    static final String FACT_PAGE =
            "{\"items\": [" + TAX_FACT + ", " + HEADCOUNT_FACT + "], \"page\": 0, \"size\": 20, \"total\": 2}";

    static final String CONSENT_BODY = """
            {"bankId": "0KZ4J2D1X3B7S", "purpose": "应收账款融资贷前审查", "validFrom": "2026-04-01",
             "validUntil": "2026-09-30"}""";

    static final String CONSENT = """
            {"id": "0KZ4J2D1X3C02", "supplierId": "0KZ4J2D1X3B7R", "bankId": "0KZ4J2D1X3B7S",
             "purpose": "应收账款融资贷前审查", "validFrom": "2026-04-01", "validUntil": "2026-09-30", "status": "LIVE",
             "revokedAt": null, "createdAt": "2026-04-01T01:00:00Z"}""";

    static final String REVOKED = """
            {"id": "0KZ4J2D1X3C02", "supplierId": "0KZ4J2D1X3B7R", "bankId": "0KZ4J2D1X3B7S",
             "purpose": "应收账款融资贷前审查", "validFrom": "2026-04-01", "validUntil": "2026-09-30",
             "status": "REVOKED", "revokedAt": "2026-05-10T02:00:00Z", "createdAt": "2026-04-01T01:00:00Z"}""";

    static final String CONSENT_PAGE = "{\"items\": [" + CONSENT + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String READ_PAGE = """
            {"items": [{"id": "0KZ4J2D1X3C03", "bankId": "0KZ4J2D1X3B7S", "creditCode": "91620300MA73XKQ82A",
             "supplierId": "0KZ4J2D1X3B7R", "regionCode": "620300", "purpose": "应收账款融资贷前审查",
             "nonPublic": true, "consentId": "0KZ4J2D1X3C02", "kinds": ["TAX_GRADE", "SOCIAL_INSURANCE"],
             "asOf": "2026-04-20", "readAt": "2026-04-20T03:15:00Z"}], "page": 0, "size": 20, "total": 1}""";

    private CreditExamples() {}
}
