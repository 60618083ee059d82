package org.scfin.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.common.QueryParams;
import org.scfin.common.Texts;

/**
 * A statistics period: inclusive business dates, and the calendar key ("2025", "2025-Q3", "2025-07") when it is exactly
 * one calendar year, quarter or month, for which distinct counts are kept ready.
 */
record Period(LocalDate from, LocalDate to, String key) {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
        return new Period(from, from.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    /** The calendar period of {@code granularity} that contains {@code day}. */
    static Period containing(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case YEAR -> year(day.getYear());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case MONTH -> month(YearMonth.from(day));
        };
    }

    /** The whole calendar periods from the one containing {@code from} to the one containing {@code to}. */
    static List<Period> covering(LocalDate from, LocalDate to, Granularity granularity) {
        List<Period> periods = new ArrayList<>();
        for (Period p = containing(from, granularity);
                !p.from.isAfter(to);
                p = containing(p.to.plusDays(1), granularity)) {
            periods.add(p);
        }
        return periods;
    }

    /**
     * The same period a year earlier (a calendar period stays one: February 2025 compares with all of February 2024).
     */
    Period yearEarlier() {
        if (key == null) {
            return new Period(from.minusYears(1), to.minusYears(1), null);
        }
        LocalDate earlier = from.minusYears(1);
        return key.length() == 4
                ? year(earlier.getYear())
                : key.contains("Q")
                        ? quarter(earlier.getYear(), (earlier.getMonthValue() + 2) / 3)
                        : month(YearMonth.from(earlier));
    }

    /**
     * Reads the period parameters: {@code from} and {@code to} together, or one of {@code year}, {@code quarter},
     * {@code month}; none means the current calendar year.
     */
    static Period parse(String from, String to, String year, String quarter, String month, LocalDate today) {
        int forms = (Texts.isBlank(from) && Texts.isBlank(to) ? 0 : 1)
                + (Texts.isBlank(year) ? 0 : 1)
                + (Texts.isBlank(quarter) ? 0 : 1)
                + (Texts.isBlank(month) ? 0 : 1);
        if (forms > 1) {
            List<FieldError> errors = new ArrayList<>();
            String[][] given = {{"from", from}, {"to", to}, {"year", year}, {"quarter", quarter}, {"month", month}};
            for (String[] parameter : given) {
                if (!Texts.isBlank(parameter[1])) {
                    errors.add(new FieldError(
                            parameter[0], "one-period", "give one period: from and to, or year, or quarter, or month"));
                }
            }
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    "give one period: from and to, or year, or quarter, or month",
                    errors);
        }
        if (!Texts.isBlank(year)) {
            return year(yearOf("year", match(YEAR, "year", year, "a year such as 2025")));
        }
        if (!Texts.isBlank(quarter)) {
            Matcher m = match(QUARTER, "quarter", quarter, "a quarter such as 2025Q3");
            return quarter(yearOf("quarter", m), Integer.parseInt(m.group(2)));
        }
        if (!Texts.isBlank(month)) {
            Matcher m = match(MONTH, "month", month, "a month such as 2025-07");
            return month(YearMonth.of(yearOf("month", m), Integer.parseInt(m.group(2))));
        }
        if (forms == 0) {
            return year(today.getYear());
        }
        return range(from, to);
    }

    /** {@code from} and {@code to}, both required, in order, within the supported years. */
    static Period range(String fromText, String toText) {
        List<FieldError> errors = new ArrayList<>();
        if (Texts.isBlank(fromText)) {
            errors.add(new FieldError("from", "required", "must be given with to"));
        }
        if (Texts.isBlank(toText)) {
            errors.add(new FieldError("to", "required", "must be given with from"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    errors.get(0).field() + ": " + errors.get(0).message(),
                    errors);
        }
        LocalDate from = inYears("from", QueryParams.date("from", fromText));
        LocalDate to = inYears("to", QueryParams.date("to", toText));
        if (to.isBefore(from)) {
            throw ProblemException.invalidParameter("to", "not-before-from", "must not be before from " + from);
        }
        return new Period(from, to, calendarKey(from, to));
    }

    private static String calendarKey(LocalDate from, LocalDate to) {
        for (Granularity g : Granularity.values()) {
            Period p = containing(from, g);
            if (p.from.equals(from) && p.to.equals(to)) {
                return p.key;
            }
        }
        return null;
    }

    private static LocalDate inYears(String name, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw ProblemException.invalidParameter(
                    name, "supported-years", "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return date;
    }

    private static Matcher match(Pattern pattern, String name, String value, String example) {
        Matcher m = pattern.matcher(value.trim());
        if (!m.matches()) {
            throw ProblemException.invalidParameter(name, "format", "must be " + example);
        }
        return m;
    }

    private static int yearOf(String name, Matcher m) {
        return inYears(name, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)).getYear();
    }
}
