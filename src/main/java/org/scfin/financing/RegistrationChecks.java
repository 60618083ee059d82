package org.scfin.financing;

import java.time.LocalDate;
import java.util.List;

/**
 * The questions the financing rules ask of the registrations recorded on this platform: is a receivable's invoice in
 * another bank's live registration (an application is then refused: financing already initiated), and does a financing
 * have a live registration (a program may require one before disbursement). The registration package answers them: it
 * builds on financings, so the question is asked here and answered there, and the packages do not import each other.
 */
public interface RegistrationChecks {

    /** An invoice of a receivable that another bank's live registration covers, and the refusal's words for it. */
    record HeldInvoice(String receivableId, String reason) {}

    /**
     * The invoices of these receivables that a registration live on {@code day}, of a bank other than {@code bankId},
     * covers for the same creditor and debtor.
     */
    List<HeldInvoice> heldByAnotherBank(List<String> receivableIds, String bankId, LocalDate day);

    /** Whether a registration of this financing is live on {@code day}. */
    boolean anyLive(String financingId, LocalDate day);
}
