package org.scfin.statistics;

import java.sql.Date;
import java.time.LocalDate;

/** Values of native query rows, whichever Java type the driver and Hibernate chose for them. */
final class SqlValues {

    private SqlValues() {}

    static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalDate dateOf(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
