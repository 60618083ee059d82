package org.scfin.common;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * A unique key that a concurrent request won first surfaces as a constraint violation at flush or commit. This names
 * the field and rule for each of our unique keys, so the caller gets the same 409 whether the service's own check or
 * the database caught the duplicate; no constraint or SQL text leaves the service.
 */
public final class DataConflicts {

    private static final FieldError FILING_NUMBER =
            new FieldError("registrationNumber", "unique", "a filing with this number is already recorded");

    private static final Map<String, FieldError> BY_CONSTRAINT = Map.ofEntries(
            Map.entry(
                    "uq_bank_credit_code",
                    new FieldError("creditCode", "unique", "a bank with this credit code exists")),
            Map.entry(
                    "uq_supplier_credit_code",
                    new FieldError("creditCode", "unique", "a supplier with this credit code exists")),
            Map.entry(
                    "uq_core_enterprise_credit_code",
                    new FieldError("creditCode", "unique", "a core enterprise with this credit code exists")),
            Map.entry(
                    "uq_chain_region_name",
                    new FieldError("name", "unique", "an industrial chain of this name exists in the region")),
            Map.entry(
                    "uq_receivable_erp_reference",
                    new FieldError(
                            "erpReference",
                            "unique",
                            "a receivable with this reference exists for the core enterprise")),
            Map.entry(
                    "uq_invoice_live",
                    new FieldError(
                            "invoiceNumbers",
                            "unique-invoice",
                            "an invoice number already backs a live receivable of this supplier to this core enterprise")),
            Map.entry(
                    "uq_history_credit_note",
                    new FieldError(
                            "creditNoteNumber",
                            "unique-credit-note",
                            "this credit note was already applied to the receivable")),
            Map.entry(
                    "uq_financing_receivable_live",
                    new FieldError("receivableIds", "not-financed", "a receivable already backs a live financing")),
            Map.entry(
                    "uq_reference_rate",
                    new FieldError(
                            "effectiveFrom",
                            "unique",
                            "a rate of this type and region is already effective from this date")),
            // a registration and its filings share the registry's numbering
            Map.entry("uq_registration_number", FILING_NUMBER),
            Map.entry("uq_registration_filing_number", FILING_NUMBER));

    private DataConflicts() {}

    /** The conflict behind {@code failure}, if it (or a cause) is a unique-key violation. */
    public static Optional<ProblemException> from(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return Optional.of(describe(violation.getConstraintName()));
            }
            if (t instanceof SQLIntegrityConstraintViolationException sql) {
                return Optional.of(describe(constraintIn(sql.getMessage())));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a failed transaction is worth running again: a unique key a concurrent request won (the retry reads the
     * winner's row) or a deadlock/lock timeout between concurrent writers (InnoDB chose this one as the victim).
     */
    public static boolean isRetryable(Throwable failure) {
        return sqlCause(failure).map(sql -> sql.getErrorCode() == DUPLICATE_KEY).orElse(false) || isContention(failure);
    }

    /**
     * Whether the database refused the transaction only because another one collided with it: a deadlock whose victim
     * it was, or a Galera certification conflict at commit (Galera reports it as a deadlock).
     */
    public static boolean isContention(Throwable failure) {
        return sqlCause(failure)
                .map(sql -> sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))
                .orElse(false);
    }

    /** Whether {@code failure} is a collision ({@link #isContention}) or a lock wait that timed out. */
    public static boolean isTransient(Throwable failure) {
        return isContention(failure)
                || sqlCause(failure)
                        .map(sql -> sql.getErrorCode() == LOCK_WAIT_TIMEOUT)
                        .orElse(false);
    }

    /** Whether {@code failure} is a unique key refusing a row (the server's duplicate-entry error). */
    public static boolean isDuplicateKey(Throwable failure) {
        return sqlCause(failure).map(sql -> sql.getErrorCode() == DUPLICATE_KEY).orElse(false);
    }

    /**
     * The driver's exception behind {@code failure}: the first in its chain of causes, else the first behind an
     * exception suppressed along that chain. It carries the server's error code. The suppressed ones matter because the
     * transaction manager reports a commit the database refused (a Galera certification conflict arrives at commit) as
     * a {@code RollbackException} whose driver exception is suppressed, not its cause.
     */
    public static Optional<SQLException> sqlCause(Throwable failure) {
        return sqlCause(failure, MAX_DEPTH);
    }

    private static Optional<SQLException> sqlCause(Throwable failure, int depth) {
        int links = 0;
        for (Throwable t = failure; t != null && links < MAX_DEPTH; t = t.getCause(), links++) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        if (depth == 0) {
            return Optional.empty();
        }
        links = 0;
        for (Throwable t = failure; t != null && links < MAX_DEPTH; t = t.getCause(), links++) {
            for (Throwable suppressed : t.getSuppressed()) {
                Optional<SQLException> found = sqlCause(suppressed, depth - 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** How far {@link #sqlCause} follows causes and suppressed exceptions: a chain is never longer in practice. */
    private static final int MAX_DEPTH = 16;

    /**
     * MySQL/MariaDB error codes: a duplicate unique key, a deadlock whose victim was this transaction, a lock not
     * granted within {@code innodb_lock_wait_timeout}.
     */
    private static final int DUPLICATE_KEY = 1062;

    private static final int DEADLOCK = 1213;

    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private static ProblemException describe(String constraint) {
        String key = constraint == null ? "" : constraint.toLowerCase(Locale.ROOT);
        return BY_CONSTRAINT.entrySet().stream()
                .filter(e -> key.contains(e.getKey()))
                .findFirst()
                .map(e -> ProblemException.conflict(e.getValue().message(), e.getValue()))
                .orElseGet(() -> ProblemException.conflict("conflicts with existing data"));
    }

    private static String constraintIn(String message) {
        return message == null ? null : message.toLowerCase(Locale.ROOT);
    }
}
