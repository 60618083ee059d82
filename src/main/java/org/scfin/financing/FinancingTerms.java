package org.scfin.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.common.Money;
import org.scfin.common.Rate;

/**
 * The money of one financing, computed in one place. Rates and ratios are percents (3.6 means 3.6% a year, 90 means 90%
 * of face value); money is yuan with 2 decimals.
 *
 * <ul>
 *   <li>principal = the lesser of the requested amount and advance ratio x outstanding face value, rounded down to the
 *       fen, so it never exceeds either bound;
 *   <li>interest = principal x rate x days / year days (360 or 365), rounded half-up to the fen;
 *   <li>UPFRONT: the supplier receives principal - interest; AT_MATURITY: it receives the principal, and principal +
 *       interest is due at maturity.
 * </ul>
 */
public record FinancingTerms(
        BigDecimal principal, BigDecimal interest, BigDecimal netAmount, BigDecimal amountDueAtMaturity, long days) {

    /** Advance ratios are percents with 2 decimals (90.00). */
    static final int RATIO_SCALE = 2;

    public static FinancingTerms compute(
            BigDecimal requested,
            BigDecimal faceValue,
            BigDecimal advanceRatioPct,
            BigDecimal annualRatePct,
            LocalDate valueDate,
            LocalDate maturity,
            DayCount dayCount,
            InterestMode mode) {
        BigDecimal principal = Money.atMost(requested.min(advanceable(faceValue, advanceRatioPct)))
                .amount();
        long days = DayCount.days(valueDate, maturity);
        BigDecimal interest = interest(principal, annualRatePct, days, dayCount);
        BigDecimal net = mode == InterestMode.UPFRONT ? principal.subtract(interest) : principal;
        BigDecimal due = mode == InterestMode.UPFRONT ? principal : principal.add(interest);
        return new FinancingTerms(principal, interest, net, due, days);
    }

    /** advance ratio% x face value, rounded down to the fen so that it never exceeds the ratio. */
    public static BigDecimal advanceable(BigDecimal faceValue, BigDecimal advanceRatioPct) {
        return Money.atMost(faceValue.multiply(advanceRatioPct).movePointLeft(2))
                .amount();
    }

    /** An advance ratio as stored and answered, with its 2 decimals: 90 is 90.00. */
    static BigDecimal ratio(BigDecimal advanceRatioPct) {
        return advanceRatioPct.setScale(RATIO_SCALE);
    }

    /** principal x rate% x days / year days, half-up to the fen: 10,000 for 90 days at 3.6% on ACT_360 is 90.00. */
    public static BigDecimal interest(BigDecimal principal, BigDecimal annualRatePct, long days, DayCount dayCount) {
        return Money.quotient(
                        principal.multiply(Rate.of(annualRatePct).fraction()).multiply(BigDecimal.valueOf(days)),
                        BigDecimal.valueOf(dayCount.yearDays()))
                .amount();
    }

    /**
     * What relief granted on {@code on} adds to what is due: from that day (or the value date) the new rate applies to
     * {@code principal} for what remains of the current term, and for the days added; half-up to the fen, once.
     */
    public static BigDecimal reliefChange(
            BigDecimal principal,
            BigDecimal oldRatePct,
            BigDecimal newRatePct,
            LocalDate on,
            LocalDate valueDate,
            LocalDate maturity,
            LocalDate newMaturity,
            DayCount dayCount) {
        LocalDate from = on.isAfter(valueDate) ? on : valueDate;
        long remainingDays = maturity.isAfter(from) ? DayCount.days(from, maturity) : 0;
        long addedDays = DayCount.days(maturity, newMaturity);
        BigDecimal newRate = Rate.of(newRatePct).fraction();
        BigDecimal oldRate = Rate.of(oldRatePct).fraction();
        return Money.quotient(
                        principal.multiply(newRate.multiply(BigDecimal.valueOf(addedDays))
                                .add(newRate.subtract(oldRate).multiply(BigDecimal.valueOf(remainingDays)))),
                        BigDecimal.valueOf(dayCount.yearDays()))
                .amount();
    }
}
