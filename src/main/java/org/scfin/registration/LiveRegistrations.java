package org.scfin.registration;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.scfin.financing.RegistrationChecks;

/**
 * The answers to the financing rules' questions of registrations ({@link RegistrationChecks}): one indexed query each.
 */
@ApplicationScoped
public class LiveRegistrations implements RegistrationChecks {

    /** An invoice of a receivable that a live registration of another bank covers, as the query reads it. */
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
     * Matches the creditor and debtor as well as the invoice number, since an invoice number is the seller's: two
     * sellers may use the same one. Whether a financing of this platform holds the receivables does not matter: a
     * registration outlives a financing settled without its cancellation, and another lender reads it as the registry
     * shows it.
     */
    @Override
    public List<HeldInvoice> heldByAnotherBank(List<String> receivableIds, String bankId, LocalDate day) {
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
                .getResultStream()
                .map(held -> new HeldInvoice(held.receivableId(), held.describe()))
                .toList();
    }

    @Override
    public boolean anyLive(String financingId, LocalDate day) {
        return Registration.count(
                        "from Registration r where r.financingId = :financing and " + Registration.liveOn("r."),
                        Parameters.with("financing", financingId).and("day", day))
                > 0;
    }
}
