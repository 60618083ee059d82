package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scfin.common.Jdbc;
import org.scfin.common.SqlValues;
import org.scfin.enterprise.TaxGrade;
import org.scfin.event.EventType;
import org.scfin.event.Events;
import org.scfin.financing.LiveLoans;

/**
 * Alerts the banks of a borrower whose public record gets worse: a court judgment against it or an administrative
 * penalty not known before, or a tax grade below the one its profile showed. Each bank with an outstanding loan to the
 * supplier receives one CREDIT_ALERT event per such fact, in the import's transaction, visible to that bank alone. The
 * previous grades are read before the batch is written, and only for the batch's enterprises that borrow here.
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
        private final Map<String, List<Grade>> grades;
        private final Instant importedAt;

        Pending(
                List<CreditFactImport.RecordedFact> watched,
                Map<String, List<LiveLoans.Loan>> loans,
                Map<String, List<Grade>> grades,
                Instant importedAt) {
            this.watched = watched;
            this.loans = loans;
            this.grades = grades;
            this.importedAt = importedAt;
        }

        /**
         * Records the alert events once the batch is written; returns how many. Only the facts this transaction wrote
         * count: a fact recorded before, or by a concurrent import of the same file, met the key and was not written,
         * and its alert belongs to whoever wrote it.
         */
        int raise() {
            if (watched.isEmpty()) {
                return 0;
            }
            Set<String> written = written();
            int raised = 0;
            for (CreditFactImport.RecordedFact fact : watched) {
                if (!written.contains(fact.id())) {
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

        private Set<String> written() {
            List<Object> params = new ArrayList<>();
            watched.stream().map(f -> f.input().creditCode()).distinct().forEach(params::add);
            int codes = params.size();
            watched.forEach(f -> params.add(f.id()));
            Set<String> written = new HashSet<>();
            for (Object[] row : Jdbc.query(
                    em,
                    "select id from credit_fact where credit_code in (" + Jdbc.marks(codes) + ") and id in ("
                            + Jdbc.marks(watched.size()) + ")",
                    params.toArray())) {
                written.add((String) row[0]);
            }
            return written;
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

    /** Picks the batch's public facts of watched kinds about borrowers, and reads their public tax grades so far. */
    Pending before(
            List<CreditFactImport.RecordedFact> batch, Map<String, List<LiveLoans.Loan>> loans, Instant importedAt) {
        List<CreditFactImport.RecordedFact> watched = batch.stream()
                .filter(f -> loans.containsKey(f.input().creditCode()))
                .filter(f -> f.input().isPublic() && WATCHED.contains(f.input().kind()))
                .filter(f ->
                        f.input().kind() != FactKind.COURT_JUDGMENT || f.input().role() == CaseRole.DEFENDANT)
                .sorted(Comparator.comparing(f -> f.input().asOf()))
                .toList();
        Map<String, List<Grade>> grades = new HashMap<>();
        if (!watched.isEmpty()) {
            List<String> codes =
                    watched.stream().map(f -> f.input().creditCode()).distinct().toList();
            for (Object[] row : Jdbc.query(
                    em,
                    "select credit_code, as_of, tax_grade from credit_fact where credit_code in ("
                            + Jdbc.marks(codes.size()) + ") and kind = 'TAX_GRADE' and is_public",
                    codes.toArray())) {
                grades.computeIfAbsent((String) row[0], c -> new ArrayList<>())
                        .add(new Grade(SqlValues.date(row[1]), TaxGrade.valueOf((String) row[2])));
            }
        }
        return new Pending(watched, loans, grades, importedAt);
    }
}
