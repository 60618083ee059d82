package org.scfin.financing;

import java.time.Instant;
import java.time.LocalDate;
import org.scfin.common.Times;
import org.scfin.common.Violations;

/**
 * When a financing's interest may start to run: not before the supplier applied (nobody lends before being asked), and
 * before the maturity (a financing must run for at least a day). Approvals and imports name their value date.
 */
final class ValueDatePolicy {

    private ValueDatePolicy() {}

    static void requireWithinTerm(Violations violations, LocalDate valueDate, Instant appliedAt, LocalDate maturity) {
        violations.require(
                valueDate.isBefore(maturity),
                "valueDate",
                "before-maturity",
                "must be before the maturity " + maturity);
        LocalDate applied = Times.businessDate(appliedAt);
        violations.require(
                !valueDate.isBefore(applied),
                "valueDate",
                "not-before-application",
                "must not be before the application date " + applied);
    }
}
