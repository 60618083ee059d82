package org.scfin.receivable;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scfin.common.Jdbc;
import org.scfin.common.Times;

/**
 * Writes newly posted receivables and their invoice claims as two multi-row inserts, the way a bulk loader would.
 * Through the session, a 1,000-item batch cost two thousand managed entities to persist, snapshot and flush, on top of
 * the same two statements; the posted receivables are not read back in the transaction, so nothing needs them managed.
 * The rows are exactly what the entities map (version 0, creation and update time now).
 */
final class ReceivableRows {

    private static final String INSERT_RECEIVABLE =
            "insert into receivable (id, core_enterprise_id, supplier_id, reference_owner,"
                    + " erp_reference, invoice_numbers, original_amount, amount, currency, issue_date, due_date, status, submitted_by, version,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CLAIM =
            "insert into receivable_invoice (receivable_id, invoice_number, core_enterprise_id,"
                    + " supplier_id, live_claim) values (?, ?, ?, ?, ?)";

    private ReceivableRows() {}

    /**
     * Inserts the receivables (with their ids set; versions and times are filled in here) and one live claim per
     * invoice number.
     */
    static void insert(EntityManager em, List<Receivable> receivables) {
        statements(receivables).forEach(batch -> Jdbc.batch(em, batch.sql(), batch.rows()));
    }

    /**
     * Inserts them as {@link #insert} does, unless a reference or a live invoice claim is taken: then nothing of them
     * is written and the answer is false.
     */
    static boolean insertUnlessTaken(EntityManager em, List<Receivable> receivables) {
        return Jdbc.batchesUnlessDuplicate(em, statements(receivables));
    }

    private static List<Jdbc.Batch> statements(List<Receivable> receivables) {
        Instant now = Times.now();
        List<Object[]> rows = new ArrayList<>(receivables.size());
        List<Object[]> claims = new ArrayList<>(receivables.size());
        for (Receivable r : receivables) {
            r.version = 0;
            r.createdAt = now;
            r.updatedAt = now;
            rows.add(new Object[] {
                r.id,
                r.coreEnterpriseId,
                r.supplierId,
                r.referenceOwner,
                r.erpReference,
                r.invoiceNumbers,
                r.originalAmount,
                r.amount,
                r.currency,
                r.issueDate,
                r.dueDate,
                r.status.name(),
                r.submittedBy,
                r.version,
                r.createdAt,
                r.updatedAt
            });
            for (String invoice : r.invoiceNumberList()) {
                claims.add(new Object[] {r.id, invoice, r.coreEnterpriseId, r.supplierId, ReceivableInvoice.LIVE});
            }
        }
        return List.of(new Jdbc.Batch(INSERT_RECEIVABLE, rows), new Jdbc.Batch(INSERT_CLAIM, claims));
    }
}
