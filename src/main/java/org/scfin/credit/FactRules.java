package org.scfin.credit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scfin.common.Times;
import org.scfin.common.Violations;

/**
 * Which value fields each kind of fact holds: those of its kind are required and all others must be left out, so that a
 * fact never carries a value nobody will read (and two imports of the same fact hash alike).
 */
final class FactRules {

    private static final Map<FactKind, Set<String>> FIELDS = Map.of(
            FactKind.TAX_GRADE, Set.of("grade"),
            FactKind.SOCIAL_INSURANCE, Set.of("headcount"),
            FactKind.UTILITY_PAYMENT, Set.of("paymentStatus", "monthsCovered"),
            FactKind.COURT_JUDGMENT, Set.of("caseNumber", "role", "amount"),
            FactKind.ADMINISTRATIVE_PENALTY, Set.of("decisionNumber", "authority", "amount"));

    /** Every value field, in the order the CSV columns and the fingerprint list them. */
    static final List<String> VALUE_FIELDS = List.of(
            "grade",
            "headcount",
            "paymentStatus",
            "monthsCovered",
            "caseNumber",
            "role",
            "decisionNumber",
            "authority",
            "amount");

    private FactRules() {}

    static void check(CreditFactInput fact, Violations v) {
        if (fact.kind() == null) {
            return;
        }
        Set<String> required = FIELDS.get(fact.kind());
        values(fact).forEach((field, value) -> {
            if (required.contains(field)) {
                v.require(value != null, field, "required-for-kind", "is required for a " + fact.kind() + " fact");
            } else {
                v.require(value == null, field, "not-for-kind", "does not belong to a " + fact.kind() + " fact");
            }
        });
        v.require(
                fact.asOf() == null || !fact.asOf().isAfter(Times.today()),
                "asOf",
                "not-in-future",
                "must not be after today: a fact is known when it is imported");
    }

    /** The value fields by name, null where left out. */
    static Map<String, Object> values(CreditFactInput fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("grade", fact.grade());
        values.put("headcount", fact.headcount());
        values.put("paymentStatus", fact.paymentStatus());
        values.put("monthsCovered", fact.monthsCovered());
        values.put("caseNumber", fact.caseNumber());
        values.put("role", fact.role());
        values.put("decisionNumber", fact.decisionNumber());
        values.put("authority", fact.authority());
        values.put("amount", fact.amount());
        return values;
    }
}
