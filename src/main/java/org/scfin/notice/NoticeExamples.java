package org.scfin.notice;

import org.scfin.common.Examples;

/** Examples of the notices API for the OpenAPI document. */
final class NoticeExamples {

    static final String NOTICE_ID = "0KZ4J2D1X3B90";
    static final String EARLIER_NOTICE_ID = "0KZ4J2D1X3B8Z";

    /** Everything of an assignment but its status and acknowledgement. */
    private static final String CONTENT = "\"id\": \"" + NOTICE_ID + "\", \"kind\": \"ASSIGNMENT\", \"financingId\": \""
            + Examples.FINANCING_ID + "\", \"coreEnterpriseId\": \"" + Examples.CORE_ENTERPRISE_ID
            + "\", \"supplierId\": \"" + Examples.SUPPLIER_ID + "\", \"bankId\": \"" + Examples.BANK_ID
            + "\", \"bankName\": \"" + Examples.BANK_NAME + "\", \"receivables\": [{\"receivableId\": \""
            + Examples.RECEIVABLE_ID + "\", \"erpReference\": \"" + Examples.ERP_REFERENCE + "\", \"invoiceNumbers\": "
            + Examples.INVOICE_NUMBERS + ", \"amount\": 1250000.00, \"dueDate\": \"" + Examples.DUE_DATE
            + "\"}], \"amountDue\": 1250000.00, \"dueDate\": \"" + Examples.DUE_DATE + "\", \"payTo\": "
            + CollectionAccount.EXAMPLE
            + ", \"replacesNoticeId\": null, \"supersededByNoticeId\": null, \"issuedAt\": \""
            + Examples.DISBURSED_AT + "\"";

    static final String ASSIGNMENT = "{" + CONTENT + ", \"status\": \"UNACKNOWLEDGED\", \"acknowledgedAt\": null,"
            + " \"acknowledgedBy\": null, \"unacknowledgedHours\": 26.50}";

    static final String ACKNOWLEDGED = "{" + CONTENT + ", \"status\": \"ACKNOWLEDGED\", \"acknowledgedAt\":"
            + " \"2025-07-03T05:30:00Z\", \"acknowledgedBy\": \"erp-jinchuan\", \"unacknowledgedHours\": null}";

    static final String PAGE = "{\"items\": [" + ASSIGNMENT + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    private NoticeExamples() {}
}
