package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;
import org.scfin.common.RegionCodes;
import org.scfin.common.WellFormedId;
import org.scfin.region.WellFormedRegionCode;

@Schema(
        name = "IndustrialChainInput",
        description = "An industrial chain to create, or its full new state. Members join by their industrialChainId.")
public record IndustrialChainInput(
        @Schema(example = Examples.CHAIN_NAME) @NotBlank @Size(max = 200) @PlainText
        String name,

        @Schema(example = Examples.CITY_CODE, pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode
        String regionCode,

        @Schema(example = Examples.BANK_ID, description = "The chain's leader bank") @WellFormedId
        String leaderBankId,

        @Schema(example = Examples.DEPUTY_BANK_ID, description = "The chain's deputy leader bank") @WellFormedId
        String deputyLeaderBankId) {}
