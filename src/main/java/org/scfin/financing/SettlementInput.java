package org.scfin.financing;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;

@Schema(name = "SettlementInput", description = "A payment received for the financing, in full or in part")
public record SettlementInput(
        @Schema(description = "Yuan, at most what is still due", example = Examples.PRINCIPAL)
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal amount,

        @Schema(example = Examples.DUE_DATE) @NotNull @DateRange
        LocalDate paidOn) {}
