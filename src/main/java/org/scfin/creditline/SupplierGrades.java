package org.scfin.creditline;

import java.time.LocalDate;
import java.util.Optional;
import org.scfin.enterprise.TaxGrade;

/**
 * A supplier's public tax credit grade as its credit profile shows it on a day. The credit information keeps it, and
 * implements this: it reads the financings (for its alerts), which read the lines, so this package cannot ask it
 * directly without a cycle.
 */
public interface SupplierGrades {

    /** The latest public TAX_GRADE fact dated on or before {@code day}; empty when none is known. */
    Optional<TaxGrade> publicTaxGrade(String creditCode, LocalDate day);
}
