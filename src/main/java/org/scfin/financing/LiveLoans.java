package org.scfin.financing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scfin.common.Jdbc;

/**
 * The loans outstanding after disbursement (DISBURSED, which also reads as OVERDUE past maturity; SETTLED once repaid):
 * what a bank stands to lose if the borrower's record worsens. Looked up by the suppliers' credit codes in one
 * statement, so that a batch of facts about many firms costs one query however many of them borrow here.
 */
public final class LiveLoans {

    /** One outstanding financing of a supplier, and the bank that lent it. */
    public record Loan(String supplierId, String bankId, String financingId) {}

    private LiveLoans() {}

    /**
     * The outstanding financings of the suppliers with these credit codes, by credit code; codes without any absent.
     */
    public static Map<String, List<Loan>> byCreditCode(EntityManager em, Collection<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Map.of();
        }
        String marks = Jdbc.marks(creditCodes.size());
        List<Object[]> rows = Jdbc.query(
                em,
                "select s.credit_code, s.id, f.bank_id, f.id from supplier s join financing f on f.supplier_id = s.id"
                        + " and f.status = '" + FinancingStatus.DISBURSED.name() + "' where s.credit_code in ("
                        + marks + ") order by f.id",
                creditCodes.toArray());
        Map<String, List<Loan>> loans = new HashMap<>();
        for (Object[] row : rows) {
            loans.computeIfAbsent((String) row[0], c -> new ArrayList<>())
                    .add(new Loan((String) row[1], (String) row[2], (String) row[3]));
        }
        return loans;
    }
}
