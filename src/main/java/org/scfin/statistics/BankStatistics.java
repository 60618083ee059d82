package org.scfin.statistics;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.statistics.Figures.Balances;
import org.scfin.statistics.Figures.Inclusion;
import org.scfin.statistics.Figures.PreviousYear;
import org.scfin.statistics.Figures.Rates;
import org.scfin.statistics.Figures.Relief;
import org.scfin.statistics.Figures.Speed;
import org.scfin.statistics.Figures.Volume;
import org.scfin.statistics.Figures.YearOnYear;

@Schema(
        name = "BankStatistics",
        description = "One bank's own financings disbursed in the period, wherever its borrowers are")
public record BankStatistics(
        @Schema(example = Examples.STATISTICS_BANK_ID) String bankId,
        @Schema(example = "金昌农村商业银行") String name,
        @Schema(example = Examples.YEAR_START) LocalDate from,
        @Schema(example = Examples.YEAR_END) LocalDate to,
        Volume financings,
        PreviousYear previousYear,
        YearOnYear yoy,
        Rates rates,
        Inclusion inclusion,
        Speed speed,
        Relief relief,
        Balances balances) {

    static BankStatistics of(String bankId, String name, Period period, ScopeFigures f) {
        return new BankStatistics(
                bankId,
                name,
                period.from(),
                period.to(),
                f.financings(),
                f.previousYear(),
                f.yoy(),
                f.rates(),
                f.inclusion(),
                f.speed(),
                f.relief(),
                f.balances());
    }
}
