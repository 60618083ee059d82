package org.scfin.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.scfin.common.FieldError;
import org.scfin.common.Ids;
import org.scfin.common.Money;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.enterprise.Bank;
import org.scfin.enterprise.CoreEnterprise;
import org.scfin.enterprise.Supplier;
import org.scfin.financing.Financing;
import org.scfin.financing.FinancingStatus;
import org.scfin.receivable.Invoices;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Registrations as banks record them. A bank records filings for its own financings only; every bank and the admin read
 * and search all of them, as anyone searches the registry itself before lending.
 */
@ApplicationScoped
@RetriedOnConflict
public class RegistrationService {

    public static final List<String> SORTABLE = List.of("registeredOn", "expiresOn");

    private static final Set<FinancingStatus> LIVE_FINANCING =
            Set.of(FinancingStatus.APPLIED, FinancingStatus.APPROVED, FinancingStatus.DISBURSED);

    /**
     * Records one filing. An initial registration starts a registration for the financing; a change, an extension or a
     * cancellation locks the registration it refers to and changes it, so filings on one registration queue up here
     * (and collide on a cluster, since each writes its row).
     */
    @Transactional
    public RegistrationView record(Caller caller, RegistrationInput input) {
        caller.require(Role.BANK);
        Financing financing = Financing.<Financing>find(
                        "id = ?1 and bankId = ?2", input.financingId(), caller.partyId())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("financing", input.financingId()));
        LocalDate today = Times.today();
        Violations violations = new Violations();
        FilingRules.check(input, today, violations);
        List<String> covered = covered(input.invoiceNumbers(), financedInvoices(financing.id), violations);
        violations.throwIfAny();
        if (RegistrationFiling.count(
                        "registry = ?1 and registrationNumber = ?2", input.registry(), input.registrationNumber())
                > 0) {
            throw ProblemException.conflict(
                    "registration number " + input.registrationNumber() + " of " + input.registry()
                            + " is already recorded",
                    new FieldError("registrationNumber", "unique", "a filing with this number is already recorded"));
        }
        Registration registration = input.kind() == RegistrationKind.INITIAL
                ? initial(caller, financing, input, covered)
                : later(caller, financing, input, covered);
        registration.filingCount++;
        RegistrationFiling filing = new RegistrationFiling();
        filing.id = Ids.newId();
        filing.registrationId = registration.id;
        filing.bankId = registration.bankId;
        filing.kind = input.kind();
        filing.registry = input.registry();
        filing.registrationNumber = input.registrationNumber();
        filing.registeredOn = input.registeredOn();
        filing.termYears = input.termYears();
        filing.expiresOn = registration.expiresOn;
        filing.amount = registration.amount;
        filing.invoiceNumbers = String.join(" ", coverageOf(registration.id));
        filing.recordedBy = caller.subject();
        filing.recordedAt = Times.now();
        filing.persist();
        Registration.flush();
        return RegistrationViews.of(caller, List.of(registration)).get(0);
    }

    private static Registration initial(
            Caller caller, Financing financing, RegistrationInput input, List<String> covered) {
        if (!LIVE_FINANCING.contains(financing.status)) {
            throw ProblemException.conflict("financing " + financing.id + " is " + financing.status
                    + ": an initial registration is recorded for a live financing (APPLIED, APPROVED or DISBURSED)");
        }
        Registration r = new Registration();
        r.registry = input.registry();
        r.registrationNumber = input.registrationNumber();
        r.encumbrance = input.encumbrance() == null ? Encumbrance.ASSIGNMENT : input.encumbrance();
        r.financingId = financing.id;
        r.bankId = caller.partyId();
        r.debtorCreditCode = CoreEnterprise.<CoreEnterprise>findById(financing.coreEnterpriseId).creditCode;
        r.creditorCreditCode = Supplier.<Supplier>findById(financing.supplierId).creditCode;
        r.assigneeCreditCode = Bank.<Bank>findById(financing.bankId).creditCode;
        r.amount =
                amount(input.amount(), financing.principal != null ? financing.principal : financing.requestedAmount);
        r.registeredOn = input.registeredOn();
        r.expiresOn = input.registeredOn().plusYears(input.termYears());
        r.persist();
        replaceCoverage(r.id, covered);
        return r;
    }

    private static Registration later(
            Caller caller, Financing financing, RegistrationInput input, List<String> covered) {
        Registration r = Registration.<Registration>find(
                        "registry = ?1 and registrationNumber = ?2 and bankId = ?3 and financingId = ?4",
                        input.registry(),
                        input.initialRegistrationNumber(),
                        caller.partyId(),
                        financing.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid(
                        "initialRegistrationNumber",
                        "known-initial-registration",
                        "no initial registration " + input.initialRegistrationNumber() + " of " + input.registry()
                                + " is recorded for this financing by this bank"));
        LocalDate lastFiled = RegistrationFiling.<RegistrationFiling>find(
                        "registrationId = ?1 order by registeredOn desc", r.id)
                .firstResult()
                .registeredOn;
        if (input.registeredOn().isBefore(lastFiled)) {
            throw ProblemException.invalid(
                    "registeredOn", "not-before-last-filing", "must not be before the last filing, " + lastFiled);
        }
        if (!r.isLiveOn(input.registeredOn())) {
            throw ProblemException.conflict("registration " + r.registrationNumber + " is not live on "
                    + input.registeredOn()
                    + (r.cancelledOn != null
                            ? ": it was cancelled on " + r.cancelledOn
                            : ": it expired on " + r.expiresOn));
        }
        switch (input.kind()) {
            case CHANGE -> {
                if (input.invoiceNumbers() != null) {
                    replaceCoverage(r.id, covered);
                }
                if (input.amount() != null) {
                    r.amount = amount(input.amount(), r.amount);
                }
            }
            case EXTENSION -> r.expiresOn = r.expiresOn.plusYears(input.termYears());
            case CANCELLATION -> r.cancelledOn = input.registeredOn();
            default -> throw new IllegalStateException("an initial registration refers to none");
        }
        return r;
    }

    private static BigDecimal amount(BigDecimal given, BigDecimal otherwise) {
        return Money.of(given != null ? given : otherwise).amount();
    }

    /** The invoices of the financing's receivables, canonical, in order. */
    private static List<String> financedInvoices(String financingId) {
        return Registration.getEntityManager()
                .createQuery(
                        "select i.key.invoiceNumber from ReceivableInvoice i where i.key.receivableId in"
                                + " (select fr.key.receivableId from FinancingReceivable fr"
                                + " where fr.key.financingId = :financing) order by i.key.invoiceNumber",
                        String.class)
                .setParameter("financing", financingId)
                .getResultList();
    }

    /** The invoices given (each one of the financing's, once), or all of the financing's when none are given. */
    private static List<String> covered(List<String> given, List<String> financed, Violations violations) {
        if (given == null) {
            return financed;
        }
        List<String> covered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String invoice = Invoices.canonical(given.get(i));
            String field = "invoiceNumbers[" + i + "]";
            if (!seen.add(invoice)) {
                violations.add(field, "distinct", "lists invoice " + invoice + " twice");
            } else if (!financed.contains(invoice)) {
                violations.add(field, "of-financing", "is not an invoice of the financing's receivables");
            } else {
                covered.add(invoice);
            }
        }
        return covered;
    }

    private static void replaceCoverage(String registrationId, List<String> invoices) {
        RegistrationInvoice.delete("key.registrationId", registrationId);
        RegistrationInvoice.persist(invoices.stream()
                .map(i -> RegistrationInvoice.of(registrationId, i))
                .toList());
    }

    private static List<String> coverageOf(String registrationId) {
        RegistrationInvoice.flush();
        return RegistrationInvoice.<RegistrationInvoice>list(
                        "key.registrationId = ?1 order by key.invoiceNumber", registrationId)
                .stream()
                .map(i -> i.key.invoiceNumber())
                .toList();
    }

    public RegistrationView get(Caller caller, String id) {
        caller.require(Role.ADMIN, Role.BANK);
        Registration r = Registration.<Registration>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("registration", id));
        return RegistrationViews.of(caller, List.of(r)).get(0);
    }

    public record Search(String debtorCreditCode, String creditorCreditCode, String invoiceNumber) {}

    /** The registrations live today that match every filter given; at least one must be (400 otherwise). */
    public PageView<RegistrationView> search(Caller caller, Search search, PageRequest page) {
        caller.require(Role.ADMIN, Role.BANK);
        if (search.debtorCreditCode() == null
                && search.creditorCreditCode() == null
                && search.invoiceNumber() == null) {
            throw ProblemException.invalidParameter(
                    "debtorCreditCode",
                    "one-filter-required",
                    "give debtorCreditCode, creditorCreditCode or invoiceNumber");
        }
        Where where = new Where()
                .and("debtorCreditCode = :debtor", "debtor", search.debtorCreditCode())
                .and("creditorCreditCode = :creditor", "creditor", search.creditorCreditCode())
                .and(
                        "id in (select i.key.registrationId from RegistrationInvoice i"
                                + " where i.key.invoiceNumber = :invoice)",
                        "invoice",
                        search.invoiceNumber() == null ? null : Invoices.canonical(search.invoiceNumber()))
                .and(Registration.liveOn(""), "day", Times.today());
        var rows = page.fetch(
                Registration.<Registration>find(where.query(), page.sort(), where.params()), Function.identity());
        return new PageView<>(RegistrationViews.of(caller, rows.items()), rows.page(), rows.size(), rows.total());
    }
}
