package org.scfin.statistics;

import java.time.LocalDate;
import java.util.Locale;
import org.scfin.common.ProblemException;
import org.scfin.common.QueryParams;
import org.scfin.common.Texts;

/** The parameters of a series: a granularity and the dates its periods must cover. */
record SeriesRange(Granularity granularity, LocalDate from, LocalDate to) {

    static final int MAX_PERIODS = 240;

    static SeriesRange parse(String granularityText, String from, String to, LocalDate today) {
        Granularity granularity = Texts.isBlank(granularityText)
                ? Granularity.MONTH
                : QueryParams.enumValue(
                        "granularity", granularityText.trim().toUpperCase(Locale.ROOT), Granularity.class);
        Period range = Texts.isBlank(from) && Texts.isBlank(to) ? Period.year(today.getYear()) : Period.range(from, to);
        if (Period.covering(range.from(), range.to(), granularity).size() > MAX_PERIODS) {
            throw ProblemException.invalidParameter(
                    "to",
                    "at-most-" + MAX_PERIODS + "-periods",
                    "must leave at most " + MAX_PERIODS + " "
                            + granularity.name().toLowerCase(Locale.ROOT) + "s between from and to");
        }
        return new SeriesRange(granularity, range.from(), range.to());
    }
}
