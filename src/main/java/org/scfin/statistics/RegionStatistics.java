package org.scfin.statistics;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.statistics.Figures.Balances;
import org.scfin.statistics.Figures.Coverage;
import org.scfin.statistics.Figures.Inclusion;
import org.scfin.statistics.Figures.PreviousYear;
import org.scfin.statistics.Figures.Rates;
import org.scfin.statistics.Figures.Relief;
import org.scfin.statistics.Figures.Speed;
import org.scfin.statistics.Figures.Volume;
import org.scfin.statistics.Figures.YearOnYear;

@Schema(
        name = "RegionStatistics",
        description = "A region and everything under it, over the financings disbursed in the period to"
                + " suppliers registered there")
public record RegionStatistics(
        @Schema(example = Examples.CITY_CODE) String regionCode,
        @Schema(example = Examples.CITY_NAME) String name,
        @Schema(example = Examples.YEAR_START) LocalDate from,
        @Schema(example = Examples.YEAR_END) LocalDate to,
        Volume financings,
        PreviousYear previousYear,
        YearOnYear yoy,
        Rates rates,
        Inclusion inclusion,
        Speed speed,
        Relief relief,
        Balances balances,
        Coverage coverage,
        CreditInformation creditInformation) {

    static RegionStatistics of(
            String code,
            String name,
            Period period,
            ScopeFigures f,
            Coverage coverage,
            CreditInformation creditInformation) {
        return new RegionStatistics(
                code,
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
                f.balances(),
                coverage,
                creditInformation);
    }
}
