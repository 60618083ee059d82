package org.scfin.financing;

/** Why a bank refuses an application, in the spirit of ISO 20022 tsin.002 status reasons. */
public enum RejectionReason {
    DUPLICATED_REQUEST,
    FINANCING_ALREADY_INITIATED,
    INVALID_DUE_DATE,
    INSUFFICIENT_LIMIT,
    CREDIT_DECLINED,
    DOCUMENTS_INCOMPLETE,
    OTHER
}
