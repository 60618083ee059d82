package org.scfin.receivable;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;

@Schema(name = "AdjustmentInput", description = "A credit note reducing a receivable before financing")
public record AdjustmentInput(
        @Schema(
                description =
                        "The credit note's number, under the invoice numbers' rule: compared ignoring case, stored upper case",
                example = Examples.CREDIT_NOTE)
        @NotNull
        @PlainText
        @Pattern(regexp = Invoices.NUMBER_PATTERN, message = Invoices.NUMBER_MESSAGE)
        String creditNoteNumber,

        @Schema(
                description = "Reduction in yuan; must leave a positive amount (cancel instead to reduce to zero)",
                example = "50000.00")
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal amount,

        @Schema(example = Examples.ADJUSTMENT_REASON) @Size(max = 500) @PlainText(multiLine = true)
        String reason) {}
