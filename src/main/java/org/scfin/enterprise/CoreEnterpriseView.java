package org.scfin.enterprise;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoreEnterprise", description = "A large buyer whose confirmed payables suppliers finance")
public record CoreEnterpriseView(
        @Schema(example = "0KZ4J2D1X3B7Q") String id,
        @Schema(example = "金川集团股份有限公司") String name,
        @Schema(example = "916203002245410197") String creditCode,
        @Schema(example = "620302") String regionCode,
        @Schema(example = "有色金属冶炼") String industry,
        @Schema(example = "0KZ4J2D1X3B7Q") String industrialChainId,
        @Schema(example = "true") boolean chainLeader,
        @Schema(example = "true") boolean connected,
        @Schema(example = "2024-03-15") LocalDate connectedOn) {

    static CoreEnterpriseView of(CoreEnterprise e) {
        return new CoreEnterpriseView(e.id, e.name, e.creditCode, e.regionCode, e.industry, e.industrialChainId,
                e.chainLeader, e.connected, e.connectedOn);
    }
}
