package org.scfin.enterprise;

import java.util.Arrays;
import java.util.List;

/**
 * The tax credit grade as the State Taxation Administration publishes it, best first: A, B, M (a new firm, or one
 * without a full year's record), C, D. The declaration order is the ranking: the facts compare grades with it, and a
 * credit product's eligibility names a minimum grade.
 */
public enum TaxGrade {
    A,
    B,
    M,
    C,
    D;

    public boolean isWorseThan(TaxGrade other) {
        return compareTo(other) > 0;
    }

    /** Whether this grade meets {@code minimum} (null: no minimum). */
    public boolean meets(TaxGrade minimum) {
        return minimum == null || !isWorseThan(minimum);
    }

    /** The minimums this grade meets: itself and every worse grade. */
    public List<TaxGrade> minimumsMet() {
        return Arrays.stream(values()).filter(this::meets).toList();
    }
}
