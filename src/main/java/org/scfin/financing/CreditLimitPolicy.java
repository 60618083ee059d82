package org.scfin.financing;

import java.math.BigDecimal;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;

/**
 * A program's unsettled principal stays within its credit limit: approvals, renewals and imports that would pass it are
 * a 409, since the limit, not the request, is what stands in the way.
 */
final class CreditLimitPolicy {

    private CreditLimitPolicy() {}

    /**
     * 409 with {@code detail} if {@code reservedAfter}, the program's reserved principal once the command is done,
     * passes the limit.
     */
    static void requireWithinLimit(FinancingProgram program, BigDecimal reservedAfter, String field, String detail) {
        if (reservedAfter.compareTo(program.creditLimit) > 0) {
            throw ProblemException.conflict(
                    detail,
                    new FieldError(
                            field,
                            "within-credit-limit",
                            "the program's outstanding principal would pass its credit limit"));
        }
    }
}
