package org.scfin.iso20022;

import java.util.Set;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;

/**
 * How a refusal of the financing rules ({@code FinancingService.apply}) reads as an ISO reason: the receivable already
 * backing a live financing, or its invoice in another bank's live registration, is CA03 (financing already initiated);
 * a receivable already due is DT02, a program the supplier cannot use is BE11, and anything else is NA01 with the
 * rule's own words. A failure that is not a refusal (the database, contention) is not an outcome of the invoice and is
 * not turned into one.
 */
final class ApplicationRefusals {

    private static final Set<ProblemType> REFUSALS =
            Set.of(ProblemType.VALIDATION, ProblemType.CONFLICT, ProblemType.NOT_FOUND, ProblemType.FORBIDDEN);

    private ApplicationRefusals() {}

    static boolean isRefusal(ProblemException problem) {
        return REFUSALS.contains(problem.type());
    }

    static FinancingReason reason(ProblemException problem) {
        if (problem.type() == ProblemType.NOT_FOUND) {
            return FinancingReason.BE11;
        }
        for (FieldError error : problem.errors()) {
            switch (error.rule()) {
                case "not-financed", "not-registered-by-another-bank" -> {
                    return FinancingReason.CA03;
                }
                case "due-in-future" -> {
                    return FinancingReason.DT02;
                }
                default -> {
                    // the next error may name a rule with a code of its own
                }
            }
        }
        return FinancingReason.NA01;
    }
}
