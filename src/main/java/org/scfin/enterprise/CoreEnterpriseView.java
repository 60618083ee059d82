package org.scfin.enterprise;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "CoreEnterprise", description = "A large buyer whose confirmed payables suppliers finance")
public record CoreEnterpriseView(
        @Schema(example = Examples.CORE_ENTERPRISE_ID) String id,
        @Schema(example = Examples.CORE_ENTERPRISE_NAME) String name,

        @Schema(example = Examples.CORE_ENTERPRISE_CREDIT_CODE)
        String creditCode,

        @Schema(example = Examples.DISTRICT_CODE) String regionCode,
        @Schema(example = Examples.CORE_ENTERPRISE_INDUSTRY) String industry,
        @Schema(example = Examples.MEMBER_CHAIN_ID) String industrialChainId,
        @Schema(example = "true") boolean chainLeader,
        @Schema(example = "true") boolean connected,
        @Schema(example = Examples.CONNECTED_ON) LocalDate connectedOn) {

    static CoreEnterpriseView of(CoreEnterprise e) {
        return new CoreEnterpriseView(
                e.id,
                e.name,
                e.creditCode,
                e.regionCode,
                e.industry,
                e.industrialChainId,
                e.chainLeader,
                e.connected,
                e.connectedOn);
    }
}
