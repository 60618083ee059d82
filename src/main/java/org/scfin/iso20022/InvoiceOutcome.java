package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.dic.RequestStatus1Code;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.financing.Financing;
import org.scfin.financing.FinancingStatus;
import org.scfin.financing.RejectionReason;

/**
 * Where one invoice of a request stands now: FNCD once its financing is disbursed (then also settled or overdue), PDNG
 * while its application is applied or approved, NTFD when it was refused here, rejected by the bank or cancelled. A
 * reason is an ISO FinancingStatusReason1Code ({@code code}) or, where the code set has none, a proprietary one.
 */
record InvoiceOutcome(
        RequestStatus1Code status, String code, String proprietary, String text, BigDecimal financedAmount) {

    static final String CANCELLED = "CANCELLED";

    static InvoiceOutcome of(FinancingInvoice invoice, LocalDate today) {
        if (invoice.decidedAt == null) {
            return notFinanced(
                    FinancingReason.NA01.code(),
                    null,
                    "not decided: the request was interrupted; send this invoice again in a new request");
        }
        if (invoice.financingId == null) {
            return notFinanced(invoice.reasonCode, null, invoice.reasonText);
        }
        Financing financing = Financing.findById(invoice.financingId);
        FinancingStatus status = financing.statusOn(today);
        return switch (status) {
            case APPLIED, APPROVED ->
                new InvoiceOutcome(RequestStatus1Code.PDNG, null, null, about(financing, status), null);
            case DISBURSED, OVERDUE, SETTLED ->
                new InvoiceOutcome(RequestStatus1Code.FNCD, null, null, about(financing, status), financing.principal);
            case CANCELLED -> notFinanced(null, CANCELLED, about(financing, status));
            case REJECTED -> rejected(financing);
        };
    }

    /** A bank's refusal: the ISO code where the code set has one, else our reason as a proprietary code. */
    private static InvoiceOutcome rejected(Financing financing) {
        RejectionReason reason = financing.rejectReasonCode;
        String text = about(financing, FinancingStatus.REJECTED) + " by the bank: " + reason;
        return switch (reason) {
            case DUPLICATED_REQUEST -> notFinanced(FinancingReason.ID01.code(), null, text);
            case FINANCING_ALREADY_INITIATED -> notFinanced(FinancingReason.CA03.code(), null, text);
            case INVALID_DUE_DATE -> notFinanced(FinancingReason.DT02.code(), null, text);
            default -> notFinanced(null, reason.name(), text);
        };
    }

    /** Names the application, so that the JSON API's financing can be matched with the invoice. */
    private static String about(Financing financing, FinancingStatus status) {
        return "financing " + financing.id + " " + status;
    }

    private static InvoiceOutcome notFinanced(String code, String proprietary, String text) {
        return new InvoiceOutcome(RequestStatus1Code.NTFD, code, proprietary, text, null);
    }
}
