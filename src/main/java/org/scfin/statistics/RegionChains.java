package org.scfin.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.statistics.ChainStatistics.ChainLeaders;
import org.scfin.statistics.Figures.Volume;

@Schema(
        name = "RegionChainsStatistics",
        description = "The industrial chains registered in the region or under it, ranked by the amount financed in the"
                + " period")
public record RegionChains(
        @Schema(example = Examples.CITY_CODE) String regionCode,
        @Schema(example = Examples.CITY_NAME) String name,
        @Schema(example = Examples.YEAR_START) LocalDate from,
        @Schema(example = Examples.YEAR_END) LocalDate to,
        List<Item> items) {

    @Schema(
            name = "RegionChainStatistics",
            description = "One chain's volume and its leaders' share, the same figures as its own statistics give")
    public record Item(
            @Schema(example = Examples.STATISTICS_CHAIN_ID) String chainId,
            @Schema(example = "有色金属产业链") String name,

            @Schema(
                    description = "Where the chain is registered: the region or one under it",
                    example = Examples.CITY_CODE)
            String regionCode,

            @Schema(description = "null when the chain names none")
            LeadBank leaderBank,

            @Schema(description = "null when the chain names none")
            LeadBank deputyLeaderBank,

            Volume financings,
            ChainLeaders chainLeaders) {}

    @Schema(name = "ChainLeadBank", description = "A bank the chain names as its leader or deputy leader")
    public record LeadBank(
            @Schema(example = Examples.STATISTICS_BANK_ID) String bankId,
            @Schema(example = "聊城农商银行") String name) {}
}
