package org.scfin.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.common.Violations;

/**
 * The terms relief may have, live or imported: an extension moves the maturity later at a rate within the program's
 * bounds; a restructuring may keep the maturity and go below the floor, never above the cap. Relief granted today, and
 * a renewal, must mature after today.
 */
final class ReliefPolicy {

    private ReliefPolicy() {}

    static void requireTerms(
            Violations violations,
            FinancingProgram program,
            boolean restructuring,
            LocalDate maturity,
            LocalDate newMaturity,
            BigDecimal rate) {
        if (!restructuring) {
            violations.require(
                    newMaturity.isAfter(maturity),
                    "newMaturityDate",
                    "after-maturity",
                    "must be after the current maturity " + maturity);
            RatePolicy.requireWithinBounds(violations, program, rate);
        } else {
            violations.require(
                    !newMaturity.isBefore(maturity),
                    "newMaturityDate",
                    "not-before-maturity",
                    "must not be before the current maturity " + maturity);
            RatePolicy.requireNotAboveCap(violations, program, rate);
        }
    }

    static void requireMaturityAfter(Violations violations, LocalDate newMaturity, LocalDate today) {
        violations.require(
                newMaturity.isAfter(today), "newMaturityDate", "after-today", "must be after today " + today);
    }
}
