package org.scfin.enterprise;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndustrialChain", description = "A named industrial chain of a region (\"1+2+N\")")
public record IndustrialChainView(
        @Schema(example = "0KZ4J2D1X3B7U") String id,
        @Schema(example = "有色金属新材料产业链") String name,
        @Schema(example = "620300") String regionCode,
        @Schema(example = "0KZ4J2D1X3B7S") String leaderBankId,
        @Schema(example = "0KZ4J2D1X3B7T") String deputyLeaderBankId,
        @Schema(description = "Core enterprises of the chain", example = "[\"0KZ4J2D1X3B7Q\"]") List<String> memberCoreEnterpriseIds,
        @Schema(description = "Chain-leader enterprises among the members", example = "[\"0KZ4J2D1X3B7Q\"]") List<String> chainLeaderIds) {
}
