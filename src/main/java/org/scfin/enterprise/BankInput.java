package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;
import org.scfin.common.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "BankInput", description = "A bank to create, or its full new state")
public record BankInput(
        @Schema(example = Examples.BANK_NAME) @NotBlank @Size(max = 200) @PlainText
        String name,

        @Schema(example = Examples.BANK_CREDIT_CODE) @NotNull @ValidCreditCode
        String creditCode,

        @Schema(example = Examples.CITY_CODE, pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode
        String regionCode,

        @Schema(example = Examples.BANK_INDUSTRY) @Size(max = 100) @PlainText
        String industry,

        @Schema(example = Examples.BANK_TYPE) @NotNull BankType type) {}
