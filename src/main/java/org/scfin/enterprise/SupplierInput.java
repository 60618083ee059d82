package org.scfin.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;
import org.scfin.common.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "SupplierInput", description = "A supplier to create, or its full new state")
public record SupplierInput(
        @Schema(example = Examples.SUPPLIER_NAME) @NotBlank @Size(max = 200) @PlainText
        String name,

        @Schema(example = Examples.SUPPLIER_CREDIT_CODE) @NotNull @ValidCreditCode
        String creditCode,

        @Schema(example = Examples.DISTRICT_CODE, pattern = RegionCodes.PATTERN) @NotNull @WellFormedRegionCode
        String regionCode,

        @Schema(example = Examples.SUPPLIER_INDUSTRY) @Size(max = 100) @PlainText
        String industry,

        @Schema(example = Examples.SIZE_CLASS) @NotNull SizeClass sizeClass,

        @Schema(example = "true", description = "No credit record before its first financing") @NotNull
        Boolean creditWhite) {}
