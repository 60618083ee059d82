package org.scfin.financing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;

@Schema(
        name = "ExtensionInput",
        description = "New maturity and, optionally, a new rate; also the terms of a restructuring")
public record ExtensionInput(
        @Schema(description = "After the current maturity", example = "2026-03-28") @NotNull @DateRange
        LocalDate newMaturityDate,

        @Schema(description = "Percent a year; absent keeps the current rate", example = Examples.RELIEF_RATE_INPUT)
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal annualRate,

        @Schema(description = "Why (required for a restructuring)", example = Examples.RELIEF_NOTE)
        @Size(max = 500)
        @PlainText(multiLine = true)
        String note) {}
