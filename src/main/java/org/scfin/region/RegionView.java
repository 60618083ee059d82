package org.scfin.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A GB/T 2260 administrative division")
public record RegionView(
        @Schema(example = "620300") String code,
        @Schema(example = "金昌市") String name,
        @Schema(example = "620000", description = "null for a province") String parentCode,
        @Schema(example = "PREFECTURE") RegionLevel level) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.name, region.parentCode, RegionLevel.ofDepth(region.level));
    }
}
