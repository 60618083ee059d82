package org.scfin.financing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;

@Schema(
        name = "ImportedRelief",
        description = "An extension, restructuring or renewal the imported financing received, with its real time;"
                + " worked out as live relief is (an import's settlement comes after its relief). A renewal repays the"
                + " financing with a new one lending what was due, at annualRate until newMaturityDate: it is listed last,"
                + " and settledAt and settledAmount are then the new financing's")
public record ImportedRelief(
        @Schema(example = "EXTENSION") @NotNull ReliefKind kind,

        @Schema(description = "When it was granted", example = "2024-12-20T02:00:00Z") @NotNull @DateRange
        Instant at,

        @Schema(description = "The new maturity, or the renewing financing's", example = "2025-03-28")
        @NotNull
        @DateRange
        LocalDate newMaturityDate,

        @Schema(description = "Percent a year; absent keeps the rate", example = Examples.RELIEF_RATE_INPUT)
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal annualRate,

        @Schema(description = "Why (required for a restructuring)", example = Examples.RELIEF_NOTE)
        @Size(max = 500)
        @PlainText(multiLine = true)
        String note) {

    public enum ReliefKind {
        EXTENSION,
        RESTRUCTURING,
        RENEWAL
    }
}
