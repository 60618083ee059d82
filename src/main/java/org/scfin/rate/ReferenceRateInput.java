package org.scfin.rate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.region.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "ReferenceRateInput", description = "A reference rate effective from a date")
public record ReferenceRateInput(
        @Schema(example = "REGIONAL_SME_AVERAGE") @NotNull RateType type,
        @Schema(description = "Required for REGIONAL_SME_AVERAGE, absent for the loan prime rates", example = "620300",
                pattern = RegionCodes.PATTERN) @WellFormedRegionCode String regionCode,
        @Schema(description = "Percent a year", example = "6.95") @NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4) BigDecimal rate,
        @Schema(example = "2025-01-01") @NotNull @DateRange LocalDate effectiveFrom) {
}
