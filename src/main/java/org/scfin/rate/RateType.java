package org.scfin.rate;

/** The reference rates: the 1-year and 5-year loan prime rates (national) and a region's small-business average. */
public enum RateType {
    LPR_1Y,
    LPR_5Y,
    REGIONAL_SME_AVERAGE;

    public boolean isRegional() {
        return this == REGIONAL_SME_AVERAGE;
    }
}
