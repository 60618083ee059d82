package org.scfin.rate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.RegionCodes;
import org.scfin.region.WellFormedRegionCode;

@Schema(name = "ReferenceRateInput", description = "A reference rate effective from a date")
public record ReferenceRateInput(
        @Schema(example = Examples.REFERENCE_RATE_TYPE) @NotNull
        RateType type,

        @Schema(
                description = "Required for REGIONAL_SME_AVERAGE, absent for the loan prime rates",
                example = Examples.CITY_CODE,
                pattern = RegionCodes.PATTERN)
        @WellFormedRegionCode
        String regionCode,

        @Schema(description = "Percent a year", example = "6.95")
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal rate,

        @Schema(example = Examples.YEAR_START) @NotNull @DateRange
        LocalDate effectiveFrom) {}
