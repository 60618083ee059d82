package org.scfin.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.statistics.Figures.Volume;
import org.scfin.statistics.Figures.YearOnYear;

@Schema(
        name = "RegionChildrenStatistics",
        description = "The headline figures of each direct sub-region, ranked among its siblings")
public record RegionRanking(
        @Schema(example = Examples.PROVINCE_CODE) String regionCode,
        @Schema(example = Examples.YEAR_START) LocalDate from,
        @Schema(example = Examples.YEAR_END) LocalDate to,
        List<Item> items) {

    @Schema(name = "RegionChildStatistics")
    public record Item(
            @Schema(example = Examples.CITY_CODE) String regionCode,
            @Schema(example = Examples.CITY_NAME) String name,
            Volume financings,
            YearOnYear yoy,

            @Schema(description = "1 for the largest amount; equal amounts share a rank", example = "1")
            int rankByAmount,

            @Schema(description = "1 for the most financings; equal counts share a rank", example = "1")
            int rankByCount) {}
}
