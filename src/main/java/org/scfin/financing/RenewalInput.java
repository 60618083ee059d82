package org.scfin.financing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;

@Schema(
        name = "RenewalInput",
        description = "Terms of a new financing that repays the current one without the supplier repaying first")
public record RenewalInput(
        @Schema(description = "Percent a year, within the program's floor and cap", example = "3.8")
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal annualRate,

        @Schema(description = "Maturity of the new financing, after today", example = "2026-06-30") @NotNull @DateRange
        LocalDate newMaturityDate) {}
