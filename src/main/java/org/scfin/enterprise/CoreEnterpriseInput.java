package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;
import org.scfin.common.RegionCodes;
import org.scfin.common.WellFormedId;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "CoreEnterpriseInput", description = "A core enterprise to create, or its full new state")
public record CoreEnterpriseInput(
        @Schema(example = Examples.CORE_ENTERPRISE_NAME) @NotBlank @Size(max = 200) @PlainText
        String name,

        @Schema(example = Examples.CORE_ENTERPRISE_CREDIT_CODE) @NotNull @ValidCreditCode
        String creditCode,

        @Schema(example = Examples.DISTRICT_CODE, pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode
        String regionCode,

        @Schema(example = Examples.CORE_ENTERPRISE_INDUSTRY) @Size(max = 100) @PlainText
        String industry,

        @Schema(example = Examples.MEMBER_CHAIN_ID, description = "Industrial chain it belongs to") @WellFormedId
        String industrialChainId,

        @Schema(example = "true", description = "Chain-leader enterprise of its industrial chain; default false")
        Boolean chainLeader,

        @Schema(example = "true", description = "Connected to the platform; default false")
        Boolean connected,

        @Schema(
                example = Examples.CONNECTED_ON,
                description = "Required when connected, absent otherwise; not after today")
        @DateRange
        LocalDate connectedOn) {}
