package org.scfin.financing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Day-count convention of a financing program. Chinese loans and bill discounting use actual/360; some programs use
 * actual/365. Days are actual calendar days from the value date (inclusive) to maturity (exclusive).
 */
public enum DayCount {
    ACT_360(360),
    ACT_365(365);

    private final int yearDays;

    DayCount(int yearDays) {
        this.yearDays = yearDays;
    }

    public int yearDays() {
        return yearDays;
    }

    public static long days(LocalDate valueDate, LocalDate maturity) {
        return ChronoUnit.DAYS.between(valueDate, maturity);
    }
}
