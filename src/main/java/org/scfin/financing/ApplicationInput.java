package org.scfin.financing;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.WellFormedId;

@Schema(
        name = "ApplicationInput",
        description = "An application for financing under a program against confirmed receivables")
public record ApplicationInput(
        @Schema(example = Examples.PROGRAM_ID) @NotNull @WellFormedId
        String programId,

        @Schema(
                description =
                        "1 to 50 confirmed receivables of one supplier, owed by the program's core enterprise, due the same day",
                example = Examples.RECEIVABLE_IDS)
        @NotEmpty
        @Size(max = 50)
        List<@NotNull @WellFormedId String> receivableIds,

        @Schema(description = "Yuan", example = Examples.PRINCIPAL)
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal requestedAmount,

        @Schema(
                description =
                        "When the bank applies on the supplier's behalf: the supplier; a supplier's own token names it",
                example = Examples.SUPPLIER_ID)
        @WellFormedId
        String supplierId) {}
