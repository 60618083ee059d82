package org.scfin.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scfin.common.Times;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Registrations as a caller reads them, a page at a time in three queries. What the registry shows is public; the
 * financing behind a registration and its amount are the registering bank's business, shown to it and the admin only.
 */
final class RegistrationViews {

    private RegistrationViews() {}

    static List<RegistrationView> of(Caller caller, List<Registration> registrations) {
        if (registrations.isEmpty()) {
            return List.of();
        }
        List<String> ids = registrations.stream().map(r -> r.id).toList();
        Map<String, List<String>> invoices =
                RegistrationInvoice.<RegistrationInvoice>list(
                                "key.registrationId in ?1 order by key.invoiceNumber", ids)
                        .stream()
                        .collect(Collectors.groupingBy(
                                i -> i.key.registrationId(),
                                Collectors.mapping(i -> i.key.invoiceNumber(), Collectors.toList())));
        Map<String, List<FilingView>> filings =
                RegistrationFiling.<RegistrationFiling>list(
                                "registrationId in ?1 order by registeredOn, recordedAt, id", ids)
                        .stream()
                        .collect(Collectors.groupingBy(
                                f -> f.registrationId, Collectors.mapping(FilingView::of, Collectors.toList())));
        LocalDate today = Times.today();
        return registrations.stream()
                .map(r -> {
                    boolean own = caller.isAdmin() || caller.actsFor(Role.BANK, r.bankId);
                    return new RegistrationView(
                            r.id,
                            r.registry,
                            r.registrationNumber,
                            r.encumbrance,
                            r.bankId,
                            r.assigneeCreditCode,
                            r.creditorCreditCode,
                            r.debtorCreditCode,
                            invoices.getOrDefault(r.id, List.of()),
                            own ? r.financingId : null,
                            own ? r.amount : null,
                            r.registeredOn,
                            r.expiresOn,
                            r.cancelledOn,
                            r.isLiveOn(today),
                            filings.getOrDefault(r.id, List.of()));
                })
                .toList();
    }
}
