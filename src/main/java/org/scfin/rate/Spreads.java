package org.scfin.rate;

import java.math.BigDecimal;
import org.scfin.common.Rate;

/**
 * A rate's spread to the reference rates in force on a date, in basis points (1 bp = 0.01 percentage point): 3.60%
 * against an LPR of 3.00% is +60 bp. Null where no reference rate was in force.
 */
public record Spreads(BigDecimal lpr1y, BigDecimal regionalAverage, Integer toLprBp, Integer toRegionalBp) {

    static Spreads of(BigDecimal rate, BigDecimal lpr1y, BigDecimal regionalAverage) {
        return new Spreads(lpr1y, regionalAverage, basisPoints(rate, lpr1y), basisPoints(rate, regionalAverage));
    }

    static Integer basisPoints(BigDecimal rate, BigDecimal reference) {
        if (reference == null) {
            return null;
        }
        return Rate.of(rate).basisPointsOver(Rate.of(reference));
    }
}
