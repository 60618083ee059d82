package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;
import org.scfin.region.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "BankInput", description = "A bank to create, or its full new state")
public record BankInput(
        @Schema(example = "甘肃银行股份有限公司金昌分行") @NotBlank @Size(max = 200) @PlainText String name,
        @Schema(example = "91620300MA71RRG534") @NotNull @ValidCreditCode String creditCode,
        @Schema(example = "620300", pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode String regionCode,
        @Schema(example = "银行业") @Size(max = 100) @PlainText String industry,
        @Schema(example = "CITY_COMMERCIAL") @NotNull BankType type) {
}
