package org.scfin.financing;

import java.util.List;
import java.util.Optional;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.common.Violations;
import org.scfin.receivable.Receivable;
import org.scfin.receivable.ReceivableStatus;

/**
 * Which receivables may back a financing, live or imported: owed by the program's core enterprise, confirmed by it,
 * backing no other live financing, and all due on one day (a financing has one maturity). A receivable that is not
 * confirmed or already financed is a clash with the data as it stands (409); the rest are faults of the request (422).
 */
final class BackingPolicy {

    static final String OWED_BY_PROGRAM_CORE_ENTERPRISE = "owed-by-program-core-enterprise";
    private static final String NOT_FINANCED = "not-financed";
    static final String REGISTERED_ELSEWHERE = "not-registered-by-another-bank";

    private BackingPolicy() {}

    static void requireOwedUnder(Violations violations, String field, FinancingProgram program, Receivable receivable) {
        violations.require(
                receivable.coreEnterpriseId.equals(program.coreEnterpriseId),
                field,
                OWED_BY_PROGRAM_CORE_ENTERPRISE,
                "is not owed by the program's core enterprise");
    }

    static void requireSameDueDate(Violations violations, List<Receivable> receivables) {
        violations.require(
                receivables.stream().map(r -> r.dueDate).distinct().count() <= 1,
                "receivableIds",
                "same-due-date",
                "must all be due on the same day (one maturity per financing)");
    }

    static Optional<FieldError> unconfirmed(String field, Receivable receivable) {
        return receivable.status == ReceivableStatus.CONFIRMED
                ? Optional.empty()
                : Optional.of(new FieldError(
                        field,
                        "confirmed",
                        "is " + receivable.status + ": only confirmed receivables can be financed"));
    }

    /**
     * {@code financing} is the live financing as the caller may see it named (see
     * {@link FinancingQueries#liveFinancingAsSeenBy}).
     */
    static FieldError financed(String field, String financing) {
        return new FieldError(
                field,
                NOT_FINANCED,
                "already backs " + financing + " (a receivable backs one live financing at a time)");
    }

    /**
     * An invoice another bank has registered as assigned or pledged to it: financing already initiated, as with a live
     * financing here (the ISO 20022 status reason CA03), though no financing of this platform may hold it.
     */
    static FieldError registeredElsewhere(String field, String why) {
        return new FieldError(field, REGISTERED_ELSEWHERE, why);
    }

    static FieldError financedInBatch(String field, int earlierItem) {
        return new FieldError(field, NOT_FINANCED, "is also financed by items[" + earlierItem + "]");
    }

    /** The clashes found, all in one 409 whose detail is the first of them. */
    static void throwIfClashes(List<FieldError> clashes) {
        if (!clashes.isEmpty()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    clashes.get(0).field() + ": " + clashes.get(0).message(),
                    clashes);
        }
    }
}
