package org.scfin.product;

import java.util.Arrays;
import java.util.List;

/**
 * The tax credit grade the State Taxation Administration publishes, best first: A, B, M (a new firm), C, D. The
 * declaration order is the ranking, so a grade meets a minimum when it is declared no later.
 */
public enum TaxGrade {
    A,
    B,
    M,
    C,
    D;

    public boolean meets(TaxGrade minimum) {
        return minimum == null || ordinal() <= minimum.ordinal();
    }

    /** The minimums this grade meets: itself and every worse grade. */
    public List<TaxGrade> minimumsMet() {
        return Arrays.stream(values()).filter(this::meets).toList();
    }
}
