package org.scfin.product;

import java.math.BigDecimal;
import org.scfin.enterprise.TaxGrade;

/**
 * A supplier's search of the pool; every filter is optional.
 *
 * @param regionCode products serving this region (a supplier's own region when it names none)
 * @param amount products lending at least this much
 * @param termDays products lending for at least this many days
 * @param maxRate products whose lowest rate is at most this, percent a year
 * @param taxGrade products whose minimum grade this grade meets
 */
public record ProductSearch(
        ProductKind kind,
        String regionCode,
        BigDecimal amount,
        Integer termDays,
        BigDecimal maxRate,
        Boolean fullyOnline,
        TaxGrade taxGrade,
        String bankId) {}
