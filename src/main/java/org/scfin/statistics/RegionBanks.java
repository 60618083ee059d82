package org.scfin.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.statistics.Figures.Volume;
import org.scfin.statistics.StatisticsQueries.BankVolume;

@Schema(
        name = "RegionBanksStatistics",
        description = "Every bank that financed suppliers registered in the region or under it in the period, ranked by"
                + " amount; their counts and amounts add up to the region's financings")
public record RegionBanks(
        @Schema(example = Examples.CITY_CODE) String regionCode,
        @Schema(example = Examples.CITY_NAME) String name,
        @Schema(example = Examples.YEAR_START) LocalDate from,
        @Schema(example = Examples.YEAR_END) LocalDate to,
        List<Item> items) {

    @Schema(name = "RegionBankStatistics", description = "One bank's financings in the region")
    public record Item(
            @Schema(example = Examples.STATISTICS_BANK_ID) String bankId,
            @Schema(example = Examples.BANK_NAME) String name,
            Volume financings,

            @Schema(description = "Its share of the region's amount, percent", example = "41.20")
            BigDecimal amountSharePct) {}

    /** Ranked by amount, then by id; each bank's share of what all of them lent, which is the region's amount. */
    static RegionBanks of(String code, String name, Period period, List<BankVolume> banks) {
        BigDecimal total = banks.stream().map(b -> b.financings().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Item> items = banks.stream()
                .sorted(Comparator.comparing((BankVolume b) -> b.financings().amount())
                        .reversed()
                        .thenComparing(BankVolume::bankId))
                .map(b -> new Item(
                        b.bankId(),
                        b.name(),
                        b.financings(),
                        ScopeFigures.percent(b.financings().amount(), total)))
                .toList();
        return new RegionBanks(code, name, period.from(), period.to(), items);
    }
}
