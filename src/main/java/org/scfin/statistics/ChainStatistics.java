package org.scfin.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        name = "ChainStatistics",
        description = "Financings of the receivables owed by the chain's core enterprises, disbursed in the period")
public record ChainStatistics(
        @Schema(example = Examples.STATISTICS_CHAIN_ID) String chainId,
        @Schema(example = "有色金属产业链") String name,
        @Schema(example = Examples.CITY_CODE) String regionCode,
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
        ChainLeaders chainLeaders,
        List<ChainBank> banks) {

    @Schema(name = "ChainLeaderFigures", description = "What went through the chain's leader enterprises")
    public record ChainLeaders(
            @Schema(example = "62") long enterprises,
            @Schema(example = "340") long count,
            @Schema(example = "13552000000.00") BigDecimal amount,

            @Schema(description = "Their share of the chain's amount, percent", example = "62.88")
            BigDecimal amountSharePct) {

        /** The leaders' figures from the chain's sums over the period (with its leader measures). */
        static ChainLeaders of(long enterprises, Sums sums) {
            return new ChainLeaders(
                    enterprises,
                    sums.count(Measure.LEADER_FINANCINGS),
                    sums.money(Measure.LEADER_AMOUNT),
                    ScopeFigures.percent(sums.get(Measure.LEADER_AMOUNT), sums.get(Measure.AMOUNT)));
        }
    }

    @Schema(name = "ChainBankFigures", description = "One bank's financings within the chain")
    public record ChainBank(
            @Schema(example = Examples.STATISTICS_BANK_ID) String bankId,
            @Schema(example = "聊城农商银行") String name,

            @Schema(
                    description = "LEADER or DEPUTY_LEADER when the chain names it so, otherwise null",
                    example = "LEADER")
            String chainRole,

            Volume financings,

            @Schema(description = "Its share of the chain's amount, percent", example = "41.20")
            BigDecimal amountSharePct) {}

    static ChainStatistics of(
            String chainId,
            String name,
            String regionCode,
            Period period,
            ScopeFigures f,
            ChainLeaders leaders,
            List<ChainBank> banks) {
        return new ChainStatistics(
                chainId,
                name,
                regionCode,
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
                leaders,
                banks);
    }
}
