package org.scfin.financing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.WellFormedId;

@Schema(name = "ProgramInput", description = "A financing program: a bank's line for one core enterprise's payables")
public record ProgramInput(
        @Schema(description = "The bank; a bank's own token names it, so only an admin must give it", example = "0KZ4J2D1X3B7S")
        @WellFormedId String bankId,
        @Schema(example = "0KZ4J2D1X3B7Q") @NotNull @WellFormedId String coreEnterpriseId,
        @Schema(description = "Yuan", example = "50000000.00") @NotNull @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)") BigDecimal creditLimit,
        @Schema(description = "Percent of face value, above 0 and at most 100", example = "90") @NotNull
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal maxAdvanceRatio,
        @Schema(description = "Percent a year", example = "3.7") @NotNull @DecimalMin("0") @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4) BigDecimal rateFloor,
        @Schema(description = "Percent a year, not below the floor", example = "5.0") @NotNull @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false) @Digits(integer = 3, fraction = 4) BigDecimal rateCap,
        @Schema(description = "Default ACT_360", example = "ACT_360") DayCount dayCount,
        @Schema(example = "UPFRONT") @NotNull InterestMode interestMode,
        @Schema(example = "2025-01-01") @NotNull @DateRange LocalDate validFrom,
        @Schema(example = "2025-12-31") @NotNull @DateRange LocalDate validTo) {
}
