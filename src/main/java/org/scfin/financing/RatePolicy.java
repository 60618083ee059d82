package org.scfin.financing;

import java.math.BigDecimal;
import org.scfin.common.Rate;
import org.scfin.common.Violations;

/**
 * The rates a program allows. A new financing, a renewal and an extension are priced between the program's floor and
 * cap; a restructuring may go below the floor (it relieves a supplier in difficulty) but never above the cap.
 */
final class RatePolicy {

    private RatePolicy() {}

    static void requireWithinBounds(Violations violations, FinancingProgram program, BigDecimal annualRate) {
        Rate floor = Rate.of(program.rateFloor);
        Rate cap = Rate.of(program.rateCap);
        violations.require(
                Rate.of(annualRate).isWithin(floor, cap),
                "annualRate",
                "within-program-bounds",
                "must be between the program's floor " + floor + " and cap " + cap);
    }

    static void requireNotAboveCap(Violations violations, FinancingProgram program, BigDecimal annualRate) {
        violations.require(
                !Rate.of(annualRate).isAbove(Rate.of(program.rateCap)),
                "annualRate",
                "not-above-program-cap",
                "must not be above the program's cap");
    }
}
