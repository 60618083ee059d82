package org.scfin.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.scfin.common.Times;
import org.scfin.financing.ImportedRelief;

/**
 * A financing being drawn: who, when and roughly how much. {@link Drafts} then fits the amounts, hours and rates of a
 * whole set to the totals it must show, and {@link #plan} turns it into a {@link PlannedFinancing}. Money is in fen,
 * rates in hundredths of a percent, hours in tenths, so that every fit is exact.
 */
final class Draft {

    /** A core enterprise as the draws see it: connected on a date, with its banks' programs. */
    record Core(String id, LocalDate connectedOn, List<Program> programs) {}

    record Program(String id, String bankId, LocalDate validFrom) {}

    /** A supplier and the core enterprises it sells to, the first connected earliest. */
    record Supplier(String id, List<Core> cores) {}

    final Supplier supplier;
    final Core core;
    final Program program;
    /** Applied, UTC. */
    final Instant appliedAt;

    final int tenorDays;
    final int issuedDaysBefore;
    /** Relative size, before the amounts are fitted to their total. */
    final double weight;

    long fen;
    int rateHundredths;
    int hoursTenths;
    ImportedRelief relief;
    /** The pre-approved line it is lent within, if any. */
    String creditLineId;

    Draft(
            Supplier supplier,
            Core core,
            Program program,
            Instant appliedAt,
            int tenorDays,
            int issuedDaysBefore,
            double weight,
            int rateHundredths,
            int hoursTenths) {
        this.supplier = supplier;
        this.core = core;
        this.program = program;
        this.appliedAt = appliedAt;
        this.tenorDays = tenorDays;
        this.issuedDaysBefore = issuedDaysBefore;
        this.weight = weight;
        this.rateHundredths = rateHundredths;
        this.hoursTenths = hoursTenths;
    }

    Instant disbursedAt() {
        return appliedAt.plusSeconds(hoursTenths * 360L);
    }

    LocalDate maturity() {
        return Times.businessDate(disbursedAt()).plusDays(tenorDays);
    }

    BigDecimal principal() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** Granted at 10:00 in China. */
    static Instant at(LocalDate day) {
        return day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    PlannedFinancing plan(String erpReference) {
        BigDecimal principal = principal();
        return new PlannedFinancing(
                core.id(),
                supplier.id(),
                program.id(),
                erpReference,
                PlannedFinancing.faceFor(principal),
                Times.businessDate(appliedAt).minusDays(issuedDaysBefore),
                maturity(),
                principal,
                BigDecimal.valueOf(rateHundredths, 2),
                appliedAt,
                disbursedAt(),
                relief,
                creditLineId);
    }
}
