package org.scfin.common;

/**
 * The examples of the OpenAPI document: every value that more than one parameter or field shows, and the request and
 * answer bodies, which restate those values. They describe one sample (a Jinchang city bank finances a machining
 * supplier's receivable on the Jinchuan group), so an id, a code or an amount reads the same wherever it appears and
 * changes in one file. A value that one field alone shows stays beside that field.
 */
public final class Examples {

    // regions: Gansu province, Jinchang city, Jinchuan district
    public static final String PROVINCE_CODE = "620000";
    public static final String CITY_CODE = "620300";
    public static final String CITY_NAME = "金昌市";
    public static final String DISTRICT_CODE = "620302";

    // parties
    public static final String CORE_ENTERPRISE_ID = "0KZ4J2D1X3B7Q";
    public static final String CORE_ENTERPRISE_IDS = "[\"0KZ4J2D1X3B7Q\"]";
    public static final String CORE_ENTERPRISE_NAME = "金川集团股份有限公司";
    public static final String CORE_ENTERPRISE_CREDIT_CODE = "916203002245410197";
    public static final String CORE_ENTERPRISE_INDUSTRY = "有色金属冶炼";
    public static final String CONNECTED_ON = "2024-03-15";
    /** The chain a core enterprise names, as the document has always shown it: the same string as its own id. */
    public static final String MEMBER_CHAIN_ID = "0KZ4J2D1X3B7Q";

    public static final String SUPPLIER_ID = "0KZ4J2D1X3B7R";
    public static final String SUPPLIER_NAME = "金昌市鑫源机械制造有限公司";
    public static final String SUPPLIER_CREDIT_CODE = "91620300MA73XKQ82A";
    public static final String SUPPLIER_INDUSTRY = "机械加工";
    public static final String SIZE_CLASS = "MICRO";
    public static final String BANK_ID = "0KZ4J2D1X3B7S";
    public static final String BANK_NAME = "甘肃银行股份有限公司金昌分行";
    public static final String BANK_CREDIT_CODE = "91620300MA71RRG534";
    public static final String BANK_INDUSTRY = "银行业";
    public static final String BANK_TYPE = "CITY_COMMERCIAL";
    public static final String DEPUTY_BANK_ID = "0KZ4J2D1X3B7T";
    public static final String CHAIN_NAME = "有色金属新材料产业链";

    // the receivable
    public static final String RECEIVABLE_ID = "0KZ4J2D1X3B7V";
    public static final String RECEIVABLE_IDS = "[\"0KZ4J2D1X3B7V\"]";
    public static final String ERP_REFERENCE = "AP-2025-000123";
    public static final String INVOICE_NUMBERS = "[\"04403991\", \"04403992\"]";
    public static final String RECEIVABLE_AMOUNT = "1250000.00";
    public static final String CURRENCY = "CNY";
    public static final String RECEIVABLE_STATUS = "CONFIRMED";
    public static final String ISSUE_DATE = "2025-07-01";
    public static final String POSTED_AT = "2025-07-01T08:00:00Z";
    public static final String DUE_DATE = "2025-12-28";
    public static final String CREDIT_NOTE = "CN-2025-0042";
    public static final String ADJUSTMENT_REASON = "quality deduction on batch 7";

    // the program and the financing
    public static final String PROGRAM_ID = "0KZ4J2D1X3B80";
    public static final String PROGRAM_STATUS = "ACTIVE";
    public static final String CREDIT_LIMIT = "50000000.00";
    public static final String DAY_COUNT = "ACT_360";
    public static final String INTEREST_MODE = "UPFRONT";
    public static final String FINANCING_ID = "0KZ4J2D1X3B81";
    public static final String FINANCING_STATUS = "DISBURSED";
    public static final String PRINCIPAL = "1000000.00";
    /** An advance ratio as a caller sends it; answers show it at scale 2. */
    public static final String ADVANCE_RATIO_INPUT = "90";

    public static final String ADVANCE_RATIO = "90.00";
    public static final String ANNUAL_RATE = "3.6000";
    public static final String RELIEF_RATE_INPUT = "3.9";
    public static final String RELIEF_NOTE = "harvest delayed by drought";
    public static final String VALUE_DATE = "2025-07-03";
    public static final String DISBURSED_AT = "2025-07-03T02:00:00Z";
    public static final String CLOSED_AT = "2025-12-28T08:00:00Z";
    public static final String REJECTION_REASON = "CREDIT_DECLINED";
    public static final String SPREAD_TO_LPR_BP = "60";
    public static final String SPREAD_TO_REGIONAL_AVERAGE_BP = "-250";
    public static final String IMPORTED_PRINCIPAL = "900000.00";

    // rates, events and lists
    public static final String RATE_KIND = "APPROVAL";
    public static final String REFERENCE_RATE_TYPE = "REGIONAL_SME_AVERAGE";
    public static final String EVENT_CURSOR = "1042";
    public static final String SORT_BY_NAME = "name,asc";

    // periods
    public static final String YEAR_START = "2025-01-01";
    public static final String YEAR_END = "2025-12-31";
    public static final String FOURTH_QUARTER_START = "2025-10-01";
    public static final String MONTH = "2025-07";

    /**
     * The statistics examples come from a sample of their own (another bank and chain), so their ids differ from the
     * ones above even where they share a string with them.
     */
    public static final String STATISTICS_BANK_ID = "0KZ4J2D1X3B7Q";

    public static final String STATISTICS_CHAIN_ID = "0KZ4J2D1X3B7R";

    // request and answer bodies, with the values above written out so that each reads as the JSON it is
    public static final String RECEIVABLE_BODY = """
            {"supplierCreditCode": "91620300MA73XKQ82A", "erpReference": "AP-2025-000123",
             "invoiceNumbers": ["04403991", "04403992"], "amount": 1250000.00, "currency": "CNY", "issueDate": "2025-07-01", "dueDate": "2025-12-28"}""";
    public static final String RECEIVABLE_BATCH_BODY = """
            {"items": [
              {"supplierCreditCode": "91620300MA73XKQ82A", "erpReference": "AP-2025-000123",
               "invoiceNumbers": ["04403991"], "amount": 1250000.00, "issueDate": "2025-07-01", "dueDate": "2025-12-28"},
              {"supplierId": "0KZ4J2D1X3B7R", "erpReference": "AP-2025-000124", "invoiceNumbers": ["04403993"],
               "amount": 86000.50, "issueDate": "2025-07-02", "dueDate": "2025-10-30"}]}""";
    public static final String RECEIVABLE_BATCH_RECEIPT = """
            {"created": 1, "alreadyPosted": 1, "items": [
              {"id": "0KZ4J2D1X3B7V", "erpReference": "AP-2025-000123", "created": false},
              {"id": "0KZ4J2D1X3B7W", "erpReference": "AP-2025-000124", "created": true}]}""";
    public static final String APPLICATION_BODY = """
            {"programId": "0KZ4J2D1X3B80", "receivableIds": ["0KZ4J2D1X3B7V"], "requestedAmount": 1000000.00}""";
    public static final String IMPORT_BODY = """
            {"items": [{"programId": "0KZ4J2D1X3B80", "receivableIds": ["0KZ4J2D1X3B7V"], "principal": 900000.00,
              "annualRate": 4.1, "valueDate": "2024-07-03", "appliedAt": "2024-07-01T02:00:00Z", "approvedAt": "2024-07-02T02:00:00Z",
              "disbursedAt": "2024-07-03T02:00:00Z", "settledAt": "2024-12-28T08:00:00Z", "settledAmount": 900000.00}]}""";
    public static final String APPROVAL_BODY = """
            {"annualRate": 3.6, "advanceRatio": 90, "valueDate": "2025-07-03"}""";
    public static final String SETTLEMENT_BODY = """
            {"amount": 1000000.00, "paidOn": "2025-12-28"}""";
    public static final String EXTENSION_BODY = """
            {"newMaturityDate": "2026-03-28", "annualRate": 3.9}""";
    public static final String RESTRUCTURING_BODY = """
            {"newMaturityDate": "2026-06-30", "annualRate": 3.2, "note": "harvest delayed by drought"}""";
    public static final String RENEWAL_BODY = """
            {"annualRate": 3.8, "newMaturityDate": "2026-06-30"}""";
    public static final String ASSIGNMENT_EVENT_PAYLOAD =
            "{\"financingId\": \"0KZ4J2D1X3B81\", \"payTo\": \"0KZ4J2D1X3B7S\", \"receivableIds\": [\"0KZ4J2D1X3B7V\"]}";

    private Examples() {}
}
