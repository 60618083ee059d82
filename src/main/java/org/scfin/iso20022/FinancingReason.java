package org.scfin.iso20022;

/**
 * The reasons of ISO 20022 FinancingStatusReason1Code (tsin.002) this service gives, with what each means here. A
 * bank's refusal reason that the code set has no code for travels as a proprietary reason instead (see
 * {@link StatusReport}).
 */
enum FinancingReason {
    /** CancellationRequestOutOfTime: the application is past the stage at which it can be cancelled. */
    CA01("CA01"),
    /** NoMatchingFinancingRequest: a cancellation names another request than the one it is sent to. */
    CA02("CA02"),
    /**
     * FinancingProcessAlreadyInitiated: the receivable already backs a live application or financing, or its invoice is
     * in another bank's live registration.
     */
    CA03("CA03"),
    /** UnrecognisedFinancingRequestor. */
    BE08("BE08"),
    /** UnrecognisedParty: the first agent runs no program on the buyer's payables, or the buyer is unknown. */
    BE11("BE11"),
    /** InvalidPaymentDueDate: the due date differs from the receivable's, or the receivable is already due. */
    DT02("DT02"),
    /** DuplicatedRequestMessage: the message id was used before, or the invoice is requested twice in one message. */
    ID01("ID01"),
    /** InvalidDocumentNumber: no live receivable of the supplier, owed by the buyer, carries this invoice number. */
    ID03("ID03"),
    /** Narrative: any other reason, told in the additional status reason information. */
    NA01("NA01");

    /** AddtlStsRsnInf is Max105Text. */
    static final int MAX_TEXT = 105;

    private final String code;

    FinancingReason(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static String fit(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 3) + "...";
    }
}
