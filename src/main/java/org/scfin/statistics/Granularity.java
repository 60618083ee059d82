package org.scfin.statistics;

/** The calendar periods of a series. */
public enum Granularity {
    YEAR,
    QUARTER,
    MONTH
}
