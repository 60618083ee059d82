package org.scfin.registration;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.List;

/**
 * The questions the financing rules ask of registrations: is a receivable's invoice in another bank's live registration
 * (an application is then refused: financing already initiated), and does a financing have a live registration (a
 * program may require one before disbursement). Each is one indexed query.
 */
public final class LiveRegistrations {

    private LiveRegistrations() {}

    /** An invoice of a receivable that a live registration of another bank covers. */
    public record Held(
            String receivableId,
            String invoiceNumber,
            Registry registry,
            String registrationNumber,
            LocalDate expiresOn) {

        public String describe() {
            return "financing already initiated: invoice " + invoiceNumber + " is in live registration "
                    + registrationNumber + " (" + registry + ", until " + expiresOn + ") of another bank";
        }
    }

    /**
     * The invoices of these receivables that a registration live on {@code day}, of a bank other than {@code bankId},
     * covers for the same creditor and debtor (an invoice number is the seller's: two sellers may use the same one).
     * Whether a financing of this platform holds the receivables does not matter: a registration outlives a financing
     * settled without its cancellation, and another lender reads it as the registry shows it.
     */
    public static List<Held> heldByAnotherBank(List<String> receivableIds, String bankId, LocalDate day) {
        return Panache.getEntityManager()
                .createQuery(
                        "select ri.key.receivableId, ri.key.invoiceNumber, r.registry, r.registrationNumber,"
                                + " r.expiresOn"
                                + " from ReceivableInvoice ri, RegistrationInvoice gi, Registration r,"
                                + " CoreEnterprise c, Supplier s"
                                + " where ri.key.receivableId in :ids and gi.key.invoiceNumber = ri.key.invoiceNumber"
                                + " and r.id = gi.key.registrationId and r.bankId <> :bank"
                                + " and c.id = ri.coreEnterpriseId and r.debtorCreditCode = c.creditCode"
                                + " and s.id = ri.supplierId and r.creditorCreditCode = s.creditCode and "
                                + Registration.liveOn("r.")
                                + " order by ri.key.receivableId, ri.key.invoiceNumber",
                        Held.class)
                .setParameter("ids", receivableIds)
                .setParameter("bank", bankId)
                .setParameter("day", day)
                .getResultList();
    }

    /** Whether a registration of this financing is live on {@code day}. */
    public static boolean anyOf(String financingId, LocalDate day) {
        return Registration.count(
                        "from Registration r where r.financingId = :financing and " + Registration.liveOn("r."),
                        Parameters.with("financing", financingId).and("day", day))
                > 0;
    }
}
