package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;
import org.scfin.common.DateRange;
import org.scfin.common.WellFormedId;
import org.scfin.region.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "CoreEnterpriseInput", description = "A core enterprise to create, or its full new state")
public record CoreEnterpriseInput(
        @Schema(example = "金川集团股份有限公司") @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(example = "916203002245410197") @NotNull @ValidCreditCode String creditCode,
        @Schema(example = "620302", pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode String regionCode,
        @Schema(example = "有色金属冶炼") @Size(max = 100) @PlainText String industry,
        @Schema(example = "0KZ4J2D1X3B7Q", description = "Industrial chain it belongs to") @WellFormedId String industrialChainId,
        @Schema(example = "true", description = "Chain-leader enterprise of its industrial chain; default false") Boolean chainLeader,
        @Schema(example = "true", description = "Connected to the platform; default false") Boolean connected,
        @Schema(example = "2024-03-15", description = "Required when connected, absent otherwise; not after today") @DateRange LocalDate connectedOn) {
}
