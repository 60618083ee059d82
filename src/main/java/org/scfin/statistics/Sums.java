package org.scfin.statistics;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.scfin.common.Money;

/**
 * The measures of one scope summed over a period; a measure with no rows reads as zero (a minimum or maximum as null).
 */
final class Sums {

    static final Sums NONE = new Sums(new EnumMap<>(Measure.class));

    private final Map<Measure, BigDecimal> values;

    Sums(Map<Measure, BigDecimal> values) {
        this.values = values;
    }

    BigDecimal get(Measure measure) {
        BigDecimal v = values.get(measure);
        return v != null || measure.combine != Measure.Combine.SUM ? v : BigDecimal.ZERO;
    }

    long count(Measure measure) {
        return get(measure).longValueExact();
    }

    BigDecimal money(Measure measure) {
        return Money.of(get(measure)).amount();
    }
}
