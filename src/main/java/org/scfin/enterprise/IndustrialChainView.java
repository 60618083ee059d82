package org.scfin.enterprise;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "IndustrialChain", description = "A named industrial chain of a region (\"1+2+N\")")
public record IndustrialChainView(
        @Schema(example = "0KZ4J2D1X3B7U") String id,
        @Schema(example = Examples.CHAIN_NAME) String name,
        @Schema(example = Examples.CITY_CODE) String regionCode,
        @Schema(example = Examples.BANK_ID) String leaderBankId,
        @Schema(example = Examples.DEPUTY_BANK_ID) String deputyLeaderBankId,

        @Schema(description = "Core enterprises of the chain", example = Examples.CORE_ENTERPRISE_IDS)
        List<String> memberCoreEnterpriseIds,

        @Schema(description = "Chain-leader enterprises among the members", example = Examples.CORE_ENTERPRISE_IDS)
        List<String> chainLeaderIds) {}
