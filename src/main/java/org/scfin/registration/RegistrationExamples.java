package org.scfin.registration;

import org.scfin.common.Examples;

/** The examples of the registration operations: the sample financing of {@link Examples}, registered at Zhongdeng. */
final class RegistrationExamples {

    static final String REGISTRATION_ID = "0KZ4J2D1X3B9A";
    static final String NUMBER = "06218374000123456789";
    static final String EXTENSION_NUMBER = "06218374000198765432";

    static final String INITIAL = "{\"financingId\": \"" + Examples.FINANCING_ID + "\", \"registry\": \"ZHONGDENG\","
            + " \"kind\": \"INITIAL\", \"registrationNumber\": \"" + NUMBER + "\", \"registeredOn\": \"2025-07-02\","
            + " \"termYears\": 3}";

    static final String EXTENSION = "{\"financingId\": \"" + Examples.FINANCING_ID + "\", \"registry\": \"ZHONGDENG\","
            + " \"kind\": \"EXTENSION\", \"registrationNumber\": \"" + EXTENSION_NUMBER + "\","
            + " \"initialRegistrationNumber\": \"" + NUMBER + "\", \"registeredOn\": \"2028-05-10\", \"termYears\": 1}";

    static final String VIEW = "{\"id\": \"" + REGISTRATION_ID
            + "\", \"registry\": \"ZHONGDENG\", \"registrationNumber\":"
            + " \"" + NUMBER + "\", \"encumbrance\": \"ASSIGNMENT\", \"bankId\": \"" + Examples.BANK_ID + "\","
            + " \"assigneeCreditCode\": \"" + Examples.BANK_CREDIT_CODE + "\", \"creditorCreditCode\": \""
            + Examples.SUPPLIER_CREDIT_CODE + "\", \"debtorCreditCode\": \"" + Examples.CORE_ENTERPRISE_CREDIT_CODE
            + "\", \"invoiceNumbers\": " + Examples.INVOICE_NUMBERS + ", \"financingId\": \"" + Examples.FINANCING_ID
            + "\", \"amount\": " + Examples.PRINCIPAL + ", \"registeredOn\": \"2025-07-02\", \"expiresOn\":"
            + " \"2028-07-02\", \"live\": true, \"filings\": [{\"kind\": \"INITIAL\", \"registrationNumber\": \""
            + NUMBER + "\", \"registeredOn\": \"2025-07-02\", \"termYears\": 3, \"expiresOn\": \"2028-07-02\","
            + " \"recordedAt\": \"2025-07-02T03:15:00Z\"}]}";

    /** Another bank's registration, as a bank searching before it lends sees it. */
    static final String PUBLIC_PAGE = "{\"items\": [{\"id\": \"" + REGISTRATION_ID + "\", \"registry\": \"ZHONGDENG\","
            + " \"registrationNumber\": \"" + NUMBER + "\", \"encumbrance\": \"ASSIGNMENT\", \"bankId\": \""
            + Examples.BANK_ID + "\", \"assigneeCreditCode\": \"" + Examples.BANK_CREDIT_CODE + "\","
            + " \"creditorCreditCode\": \"" + Examples.SUPPLIER_CREDIT_CODE + "\", \"debtorCreditCode\": \""
            + Examples.CORE_ENTERPRISE_CREDIT_CODE + "\", \"invoiceNumbers\": " + Examples.INVOICE_NUMBERS + ","
            + " \"registeredOn\": \"2025-07-02\", \"expiresOn\": \"2028-07-02\", \"live\": true, \"filings\":"
            + " [{\"kind\": \"INITIAL\", \"registrationNumber\": \"" + NUMBER + "\", \"registeredOn\": \"2025-07-02\","
            + " \"termYears\": 3, \"expiresOn\": \"2028-07-02\", \"recordedAt\": \"2025-07-02T03:15:00Z\"}]}],"
            + " \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String CSV = RegistrationExport.HEADER
            + "INITIAL,ZHONGDENG,06218374000123456789,,ASSIGNMENT,2025-07-02,3,2028-07-02,"
            + Examples.BANK_NAME + "," + Examples.BANK_CREDIT_CODE + "," + Examples.SUPPLIER_NAME + ","
            + Examples.SUPPLIER_CREDIT_CODE + "," + Examples.CORE_ENTERPRISE_NAME + ","
            + Examples.CORE_ENTERPRISE_CREDIT_CODE + "," + Examples.SUPPLIER_NAME + "对" + Examples.CORE_ENTERPRISE_NAME
            + "的应收账款，发票号码：04403991、04403992," + Examples.PRINCIPAL + ",CNY," + Examples.FINANCING_ID + "\r\n";

    private RegistrationExamples() {}
}
