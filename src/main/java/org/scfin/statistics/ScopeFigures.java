package org.scfin.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.scfin.common.Money;
import org.scfin.statistics.CreditInformation.LineLending;
import org.scfin.statistics.Figures.Balances;
import org.scfin.statistics.Figures.BySizeClass;
import org.scfin.statistics.Figures.CountAmount;
import org.scfin.statistics.Figures.Inclusion;
import org.scfin.statistics.Figures.PreviousYear;
import org.scfin.statistics.Figures.Rates;
import org.scfin.statistics.Figures.Relief;
import org.scfin.statistics.Figures.Speed;
import org.scfin.statistics.Figures.Volume;
import org.scfin.statistics.Figures.YearOnYear;
import org.scfin.statistics.StatisticsQueries.Members;

/** The figures of one scope over a period, computed from its sums and members (and those of a year earlier). */
record ScopeFigures(
        Volume financings,
        PreviousYear previousYear,
        YearOnYear yoy,
        Rates rates,
        Inclusion inclusion,
        Speed speed,
        Relief relief,
        Balances balances,
        LineLending lineLending) {

    static ScopeFigures of(
            Sums now,
            Sums before,
            Members suppliers,
            Members suppliersBefore,
            Members cores,
            Members lineBorrowers,
            BigDecimal medianHours,
            BigDecimal[] balances) {
        Volume volume = volume(now, suppliers, cores);
        PreviousYear previous = new PreviousYear(
                before.count(Measure.FINANCINGS), before.money(Measure.AMOUNT), suppliersBefore.count());
        YearOnYear yoy = new YearOnYear(
                change(BigDecimal.valueOf(volume.count()), BigDecimal.valueOf(previous.count())),
                change(volume.amount(), previous.amount()),
                change(BigDecimal.valueOf(volume.suppliers()), BigDecimal.valueOf(previous.suppliers())));
        BigDecimal amount = now.get(Measure.AMOUNT);
        Rates rates = new Rates(
                now.get(Measure.MIN_RATE),
                now.get(Measure.MAX_RATE),
                ratio(now.get(Measure.RATE_X_AMOUNT), amount, 4),
                ratio(now.get(Measure.REFERENCE_X_AMOUNT), now.get(Measure.REFERENCE_AMOUNT), 4),
                ratio(
                        now.get(Measure.REFERENCE_RATE_X_AMOUNT).subtract(now.get(Measure.REFERENCE_X_AMOUNT)),
                        now.get(Measure.REFERENCE_AMOUNT),
                        2),
                ratio(
                        now.get(Measure.LPR_RATE_X_AMOUNT).subtract(now.get(Measure.LPR_X_AMOUNT)),
                        now.get(Measure.LPR_AMOUNT),
                        2));
        Inclusion inclusion = new Inclusion(
                percent(suppliers.creditWhite(), suppliers.count()),
                new BySizeClass(suppliers.micro(), suppliers.small(), suppliers.medium()));
        BigDecimal averageHours = ratio(now.get(Measure.HOURS_SUM), now.get(Measure.HOURS_COUNT), 2);
        BigDecimal averageBefore = ratio(before.get(Measure.HOURS_SUM), before.get(Measure.HOURS_COUNT), 2);
        Speed speed =
                new Speed(averageHours, medianHours, averageHours == null ? null : change(averageHours, averageBefore));
        Relief relief = new Relief(
                countAmount(now, Measure.EXTENSIONS, Measure.EXTENSIONS_AMOUNT),
                countAmount(now, Measure.RENEWALS, Measure.RENEWALS_AMOUNT),
                countAmount(now, Measure.RESTRUCTURINGS, Measure.RESTRUCTURINGS_AMOUNT));
        return new ScopeFigures(
                volume,
                previous,
                yoy,
                rates,
                inclusion,
                speed,
                relief,
                new Balances(
                        Money.of(balances[0]).amount(), Money.of(balances[1]).amount()),
                lineLending(now, lineBorrowers));
    }

    /** What went through pre-approved lines, beside all that was lent ({@code sums}) in the period. */
    static LineLending lineLending(Sums sums, Members borrowers) {
        BigDecimal amount = sums.money(Measure.LINE_AMOUNT);
        BigDecimal creditWhiteAmount = sums.money(Measure.LINE_CREDIT_WHITE_AMOUNT);
        return new LineLending(
                sums.count(Measure.LINE_FINANCINGS),
                amount,
                borrowers.count(),
                borrowers.creditWhite(),
                percent(borrowers.creditWhite(), borrowers.count()),
                creditWhiteAmount,
                percent(creditWhiteAmount, amount),
                percent(amount, sums.get(Measure.AMOUNT)));
    }

    static Volume volume(Sums sums, Members suppliers, Members cores) {
        return new Volume(sums.count(Measure.FINANCINGS), sums.money(Measure.AMOUNT), suppliers.count(), cores.count());
    }

    private static CountAmount countAmount(Sums sums, Measure count, Measure amount) {
        return new CountAmount(sums.count(count), sums.money(amount));
    }

    /** {@code part} of {@code whole} in percent with 2 decimals, half up; null when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        return ratio(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)), BigDecimal.valueOf(whole), 2);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return ratio(part.multiply(BigDecimal.valueOf(100)), whole, 2);
    }

    /** The change from {@code before} to {@code now} in percent with 2 decimals; null when there is no base. */
    static BigDecimal change(BigDecimal now, BigDecimal before) {
        return before == null ? null : percent(now.subtract(before), before);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, int scale) {
        return denominator == null || denominator.signum() == 0
                ? null
                : numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }
}
