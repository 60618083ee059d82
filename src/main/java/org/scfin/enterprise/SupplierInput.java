package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;
import org.scfin.region.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "SupplierInput", description = "A supplier to create, or its full new state")
public record SupplierInput(
        @Schema(example = "金昌市鑫源机械制造有限公司") @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(example = "91620300MA73XKQ82A") @NotNull @ValidCreditCode String creditCode,
        @Schema(example = "620302", pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode String regionCode,
        @Schema(example = "机械加工") @Size(max = 100) @PlainText String industry,
        @Schema(example = "MICRO") @NotNull SizeClass sizeClass,
        @Schema(example = "true", description = "No credit record before its first financing") @NotNull Boolean creditWhite) {
}
