package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndustrialChainInput", description = "An industrial chain to create, or its full new state. Members join by their industrialChainId.")
public record IndustrialChainInput(
        @Schema(example = "有色金属新材料产业链") @NotBlank @Size(max = 200) String name,
        @Schema(example = "620300") @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code") String regionCode,
        @Schema(example = "0KZ4J2D1X3B7S", description = "The chain's leader bank") String leaderBankId,
        @Schema(example = "0KZ4J2D1X3B7T", description = "The chain's deputy leader bank") String deputyLeaderBankId) {
}
