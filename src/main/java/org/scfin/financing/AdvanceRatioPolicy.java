package org.scfin.financing;

import java.math.BigDecimal;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.Violations;

/**
 * How much a program lends against receivables: at most its maximum advance ratio of their face value. An approval
 * names its ratio; an import and a renewal name the principal, which is checked against what the ratio allows.
 */
final class AdvanceRatioPolicy {

    private static final String WITHIN_ADVANCE_RATIO = "within-advance-ratio";

    private AdvanceRatioPolicy() {}

    static void requireRatioWithinMaximum(Violations violations, FinancingProgram program, BigDecimal advanceRatio) {
        violations.require(
                advanceRatio.compareTo(program.maxAdvanceRatio) <= 0,
                "advanceRatio",
                "within-program-maximum",
                "must not exceed the program's maximum advance ratio "
                        + program.maxAdvanceRatio.stripTrailingZeros().toPlainString());
    }

    /** An imported principal is part of the request, so lending too much is a 422 on it. */
    static void requirePrincipalWithin(
            Violations violations, FinancingProgram program, BigDecimal principal, BigDecimal faceValue) {
        requireWithin(violations, "principal", "must not exceed", program, principal, faceValue);
    }

    /** A renewal lends what is still due, which the caller does not choose: too much is a 409 until part is settled. */
    static void requireRenewalWithin(FinancingProgram program, BigDecimal principal, BigDecimal faceValue) {
        BigDecimal advanceable = program.advanceable(faceValue);
        if (principal.compareTo(advanceable) > 0) {
            throw ProblemException.conflict(
                    "renewing " + principal.toPlainString() + " would lend more than the program's advance"
                            + " ratio of the receivables, " + advanceable.toPlainString() + "; settle part of it first",
                    new FieldError(
                            "programId",
                            WITHIN_ADVANCE_RATIO,
                            "the renewal would pass the program's maximum advance ratio"));
        }
    }

    /** An imported renewal names no principal either: it lends what was due, and too much is a 422 on its kind. */
    static void requireRenewalWithin(
            Violations violations, FinancingProgram program, BigDecimal principal, BigDecimal faceValue) {
        requireWithin(
                violations,
                "kind",
                "a renewal lends what was due, " + principal.toPlainString() + ", which must not exceed",
                program,
                principal,
                faceValue);
    }

    private static void requireWithin(
            Violations violations,
            String field,
            String lead,
            FinancingProgram program,
            BigDecimal principal,
            BigDecimal faceValue) {
        BigDecimal advanceable = program.advanceable(faceValue);
        violations.require(
                principal.compareTo(advanceable) <= 0,
                field,
                WITHIN_ADVANCE_RATIO,
                lead + " the program's advance ratio of the receivables, " + advanceable.toPlainString());
    }
}
