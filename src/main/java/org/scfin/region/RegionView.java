package org.scfin.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "Region", description = "A GB/T 2260 administrative division")
public record RegionView(
        @Schema(example = Examples.CITY_CODE) String code,
        @Schema(example = Examples.CITY_NAME) String name,

        @Schema(example = Examples.PROVINCE_CODE, description = "null for a province")
        String parentCode,

        @Schema(example = "PREFECTURE") RegionLevel level) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.name, region.parentCode, RegionLevel.ofDepth(region.level));
    }
}
