package org.scfin.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.statistics.Figures.Volume;

@Schema(name = "RegionSeries", description = "Headline figures per calendar period; from and to widen to whole periods")
public record RegionSeries(
        @Schema(example = Examples.CITY_CODE) String regionCode,
        @Schema(example = "MONTH") Granularity granularity,
        @Schema(example = Examples.YEAR_START) LocalDate from,
        @Schema(example = Examples.YEAR_END) LocalDate to,
        List<Item> items) {

    @Schema(name = "RegionSeriesItem")
    public record Item(
            @Schema(description = "2025, 2025-Q3 or 2025-07", example = Examples.MONTH)
            String period,

            Volume financings) {}
}
