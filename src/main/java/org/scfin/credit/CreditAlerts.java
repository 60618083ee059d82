package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scfin.common.Jdbc;
import org.scfin.event.EventType;
import org.scfin.event.Events;
import org.scfin.financing.LiveLoans;

/**
 * Alerts the banks of a borrower whose public record gets worse: a court judgment against it or an administrative
 * penalty not known before, or a tax grade below the one its profile showed. Each bank with an outstanding loan to the
 * supplier receives one CREDIT_ALERT event per such fact, in the import's transaction, visible to that bank alone. What
 * was known before is read before the batch is written, and only for the batch's enterprises that borrow here.
 */
@ApplicationScoped
class CreditAlerts {

    private static final List<FactKind> WATCHED =
            List.of(FactKind.TAX_GRADE, FactKind.COURT_JUDGMENT, FactKind.ADMINISTRATIVE_PENALTY);

    @Inject
    EntityManager em;

    @Inject
    Events events;

    /** A public tax grade of an enterprise, as known before or recorded in this batch. */
    private record Grade(LocalDate asOf, TaxGrade grade) {}

    /** What the batch will alert about, decided against what was known before it is written. */
    final class Pending {

        private final List<CreditFactImport.RecordedFact> watched;
        private final Map<String, List<LiveLoans.Loan>> loans;
        private final Set<String> known;
        private final Map<String, List<Grade>> grades;
        private final Instant importedAt;

        Pending(
                List<CreditFactImport.RecordedFact> watched,
                Map<String, List<LiveLoans.Loan>> loans,
                Set<String> known,
                Map<String, List<Grade>> grades,
                Instant importedAt) {
            this.watched = watched;
            this.loans = loans;
            this.known = known;
            this.grades = grades;
            this.importedAt = importedAt;
        }

        /** Records the alert events; returns how many. */
        int raise() {
            int raised = 0;
            for (CreditFactImport.RecordedFact fact : watched) {
                if (!known.add(HexFormat.of().formatHex(fact.fingerprint()))) {
                    continue;
                }
                CreditFactInput f = fact.input();
                switch (f.kind()) {
                    case COURT_JUDGMENT -> raised += alert(fact, AlertReason.NEW_COURT_JUDGMENT, null);
                    case ADMINISTRATIVE_PENALTY -> raised += alert(fact, AlertReason.NEW_ADMINISTRATIVE_PENALTY, null);
                    case TAX_GRADE -> {
                        List<Grade> before = grades.computeIfAbsent(f.creditCode(), c -> new ArrayList<>());
                        Grade latest = before.stream()
                                .max(Comparator.comparing(Grade::asOf))
                                .orElse(null);
                        before.add(new Grade(f.asOf(), f.grade()));
                        // a grade older than the latest changes no profile, and a first grade has nothing to fall from
                        if (latest != null
                                && !f.asOf().isBefore(latest.asOf())
                                && f.grade().isWorseThan(latest.grade())) {
                            raised += alert(fact, AlertReason.LOWER_TAX_GRADE, latest.grade());
                        }
                    }
                    default -> throw new IllegalStateException("not a watched kind: " + f.kind());
                }
            }
            return raised;
        }

        private int alert(CreditFactImport.RecordedFact fact, AlertReason reason, TaxGrade previous) {
            Map<String, List<String>> financingsByBank = new LinkedHashMap<>();
            String supplierId = null;
            for (LiveLoans.Loan loan : loans.get(fact.input().creditCode())) {
                supplierId = loan.supplierId();
                financingsByBank
                        .computeIfAbsent(loan.bankId(), b -> new ArrayList<>())
                        .add(loan.financingId());
            }
            CreditFactView view = CreditFactView.of(fact.id(), fact.input(), importedAt);
            for (Map.Entry<String, List<String>> bank : financingsByBank.entrySet()) {
                events.record(
                        EventType.CREDIT_ALERT,
                        "credit-fact",
                        fact.id(),
                        new Events.Parties(null, null, bank.getKey()),
                        new CreditAlert(
                                reason,
                                supplierId,
                                fact.input().creditCode(),
                                previous,
                                List.copyOf(bank.getValue()),
                                view));
            }
            return financingsByBank.size();
        }
    }

    /** Picks the batch's public facts of watched kinds about borrowers, and reads what was known of them before. */
    Pending before(
            List<CreditFactImport.RecordedFact> batch, Map<String, List<LiveLoans.Loan>> loans, Instant importedAt) {
        List<CreditFactImport.RecordedFact> watched = batch.stream()
                .filter(f -> loans.containsKey(f.input().creditCode()))
                .filter(f -> f.input().isPublic() && WATCHED.contains(f.input().kind()))
                .filter(f ->
                        f.input().kind() != FactKind.COURT_JUDGMENT || f.input().role() == CaseRole.DEFENDANT)
                .sorted(Comparator.comparing(f -> f.input().asOf()))
                .toList();
        Set<String> known = new HashSet<>();
        Map<String, List<Grade>> grades = new HashMap<>();
        if (!watched.isEmpty()) {
            List<String> codes =
                    watched.stream().map(f -> f.input().creditCode()).distinct().toList();
            List<Object> params = new ArrayList<>(codes);
            String marks = String.join(",", Collections.nCopies(codes.size(), "?"));
            for (Object[] row : Jdbc.query(
                    em,
                    "select credit_code, kind, as_of, fingerprint, tax_grade, is_public from credit_fact"
                            + " where credit_code in (" + marks + ") and kind in ('TAX_GRADE', 'COURT_JUDGMENT',"
                            + " 'ADMINISTRATIVE_PENALTY')",
                    params.toArray())) {
                known.add(HexFormat.of().formatHex((byte[]) row[3]));
                if (FactKind.TAX_GRADE.name().equals(row[1]) && SqlRow.bool(row[5])) {
                    grades.computeIfAbsent((String) row[0], c -> new ArrayList<>())
                            .add(new Grade(SqlRow.date(row[2]), TaxGrade.valueOf((String) row[4])));
                }
            }
        }
        return new Pending(watched, loans, known, grades, importedAt);
    }
}
