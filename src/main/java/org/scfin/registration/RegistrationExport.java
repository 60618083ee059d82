package org.scfin.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scfin.common.ProblemException;
import org.scfin.enterprise.Bank;
import org.scfin.enterprise.CoreEnterprise;
import org.scfin.enterprise.Party;
import org.scfin.enterprise.Supplier;
import org.scfin.security.Caller;
import org.scfin.security.Role;
import org.scfin.statistics.CsvWriter;

/**
 * A bank's filings over a range of registration dates, in the fields the registry's forms ask for: one CSV row per
 * filing (RFC 4180, UTF-8, CRLF), oldest first. Text a spreadsheet would take for a formula is neutralised as the
 * statistics' CSV does.
 */
@ApplicationScoped
public class RegistrationExport {

    static final String HEADER = "kind,registry,registrationNumber,initialRegistrationNumber,encumbrance,registeredOn,"
            + "termYears,expiresOn,registrantName,registrantCreditCode,assignorName,assignorCreditCode,debtorName,"
            + "debtorCreditCode,propertyDescription,amount,currency,financingId\r\n";

    /** A year (a leap year's) of filings at most, so that one answer stays small enough to build in memory. */
    static final int MAX_DAYS = 366;

    public String csv(Caller caller, LocalDate from, LocalDate to) {
        caller.require(Role.BANK);
        if (from == null) {
            throw ProblemException.invalidParameter("from", "required", "the first registration date to export");
        }
        if (to == null) {
            throw ProblemException.invalidParameter("to", "required", "the last registration date to export");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidParameter("to", "not-before-from", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.invalidParameter(
                    "to", "range", "must be less than " + MAX_DAYS + " days after from");
        }
        List<RegistrationFiling> filings = RegistrationFiling.list(
                "bankId = ?1 and registeredOn >= ?2 and registeredOn <= ?3 order by registeredOn, recordedAt, id",
                caller.partyId(),
                from,
                to);
        StringBuilder csv = new StringBuilder(HEADER);
        if (filings.isEmpty()) {
            return csv.toString();
        }
        Map<String, Registration> registrations = Registration.<Registration>list(
                        "id in ?1",
                        filings.stream().map(f -> f.registrationId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Bank bank = Bank.findById(caller.partyId());
        Map<String, String> creditors = namesByCreditCode(Supplier.list(
                "creditCode in ?1",
                registrations.values().stream()
                        .map(r -> r.creditorCreditCode)
                        .distinct()
                        .toList()));
        Map<String, String> debtors = namesByCreditCode(CoreEnterprise.list(
                "creditCode in ?1",
                registrations.values().stream()
                        .map(r -> r.debtorCreditCode)
                        .distinct()
                        .toList()));
        for (RegistrationFiling f : filings) {
            Registration r = registrations.get(f.registrationId);
            String creditor = creditors.getOrDefault(r.creditorCreditCode, "");
            String debtor = debtors.getOrDefault(r.debtorCreditCode, "");
            boolean initial = f.kind == RegistrationKind.INITIAL;
            CsvWriter.line(
                    csv,
                    Stream.of(
                                    f.kind.name(),
                                    f.registry.name(),
                                    f.registrationNumber,
                                    initial ? "" : r.registrationNumber,
                                    r.encumbrance.name(),
                                    f.registeredOn.toString(),
                                    f.termYears == null ? "" : f.termYears.toString(),
                                    f.expiresOn.toString(),
                                    bank.name,
                                    r.assigneeCreditCode,
                                    creditor,
                                    r.creditorCreditCode,
                                    debtor,
                                    r.debtorCreditCode,
                                    description(creditor, debtor, f.invoiceNumbers),
                                    f.amount.toPlainString(),
                                    "CNY",
                                    r.financingId)
                            .map(CsvWriter::neutralised)
                            .toList());
        }
        return csv.toString();
    }

    /** 财产描述 as the registry's form has it: whose receivables, owed by whom, under which invoices. */
    static String description(String creditor, String debtor, String invoiceNumbers) {
        return creditor + "对" + debtor + "的应收账款，发票号码：" + String.join("、", invoiceNumbers.split(" "));
    }

    private static Map<String, String> namesByCreditCode(List<? extends Party> parties) {
        return parties.stream().collect(Collectors.toMap(p -> p.creditCode, p -> p.name, (a, b) -> a));
    }
}
