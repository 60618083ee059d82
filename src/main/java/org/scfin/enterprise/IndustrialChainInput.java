package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;
import org.scfin.common.WellFormedId;
import org.scfin.region.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "IndustrialChainInput", description = "An industrial chain to create, or its full new state. Members join by their industrialChainId.")
public record IndustrialChainInput(
        @Schema(example = "有色金属新材料产业链") @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(example = "620300", pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode String regionCode,
        @Schema(example = "0KZ4J2D1X3B7S", description = "The chain's leader bank") @WellFormedId String leaderBankId,
        @Schema(example = "0KZ4J2D1X3B7T", description = "The chain's deputy leader bank") @WellFormedId String deputyLeaderBankId) {
}
