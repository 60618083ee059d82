package org.scfin.registration;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.scfin.common.Jdbc;
import org.scfin.common.SqlValues;
import org.scfin.financing.RegistrationChecks;

/**
 * The answers to the financing rules' questions of registrations ({@link RegistrationChecks}): one indexed query each.
 */
@ApplicationScoped
public class LiveRegistrations implements RegistrationChecks {

    private static final String HELD_BY_ANOTHER_BANK =
            "select ri.receivable_id, ri.invoice_number, r.registry, r.registration_number, r.expires_on"
                    + " from receivable_invoice ri"
                    + " straight_join registration_invoice gi on gi.invoice_number = ri.invoice_number"
                    + " straight_join registration r on r.id = gi.registration_id"
                    + " straight_join core_enterprise c on c.id = ri.core_enterprise_id"
                    + " and c.credit_code = r.debtor_credit_code"
                    + " straight_join supplier s on s.id = ri.supplier_id and s.credit_code = r.creditor_credit_code"
                    + " where ri.receivable_id in (%s) and r.bank_id <> ? and " + Registration.liveOnSql("r");

    @Inject
    EntityManager em;

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
     *
     * <p>Every application asks this, so it is one plain SQL statement with its join order fixed: from the few
     * receivables by primary key to the registrations of their invoice numbers by index. Left to choose, the optimizer,
     * judging the registration tables empty, began with a scan of their invoice index, a plan that grows with every
     * registration recorded; as HQL the check also cost an application twice as much (docs/performance.md). Being plain
     * JDBC, it does not flush pending entity changes first: it is asked before the application writes anything.
     */
    @Override
    public List<HeldInvoice> heldByAnotherBank(List<String> receivableIds, String bankId, LocalDate day) {
        List<Object> params = new ArrayList<>(receivableIds);
        params.add(bankId);
        params.addAll(Collections.nCopies(3, day));
        return Jdbc.query(em, HELD_BY_ANOTHER_BANK.formatted(Jdbc.marks(receivableIds.size())), params.toArray())
                .stream()
                .map(row -> new Held(
                        (String) row[0],
                        (String) row[1],
                        Registry.valueOf((String) row[2]),
                        (String) row[3],
                        SqlValues.date(row[4])))
                .sorted(Comparator.comparing(Held::receivableId).thenComparing(Held::invoiceNumber))
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
