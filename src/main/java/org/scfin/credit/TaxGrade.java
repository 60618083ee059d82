package org.scfin.credit;

/**
 * The tax credit grade as the State Taxation Administration publishes it, best first: A, B, M (a new firm, or one
 * without a full year's record), C, D. The declaration order is the ranking.
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
}
