package org.scfin.financing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.WellFormedId;
import org.scfin.product.ProductExamples;

@Schema(name = "ImportItem", description = "A financing that already happened, with its real dates and terms")
public record ImportItem(
        @Schema(example = Examples.PROGRAM_ID) @NotNull @WellFormedId
        String programId,

        @Schema(example = Examples.RECEIVABLE_IDS) @NotEmpty @Size(max = FinancingService.MAX_RECEIVABLES)
        List<@NotNull @WellFormedId String> receivableIds,

        @Schema(
                description = "Yuan, at most the program's advance ratio of the receivables",
                example = Examples.IMPORTED_PRINCIPAL)
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal principal,

        @Schema(description = "Percent a year, within the program's floor and cap", example = "4.1")
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal annualRate,

        @Schema(example = "2024-07-03") @NotNull @DateRange LocalDate valueDate,

        @Schema(example = "2024-07-01T02:00:00Z") @NotNull @DateRange
        Instant appliedAt,

        @Schema(example = "2024-07-02T02:00:00Z") @NotNull @DateRange
        Instant approvedAt,

        @Schema(example = "2024-07-03T02:00:00Z") @NotNull @DateRange
        Instant disbursedAt,

        @Schema(description = "With settledAmount: when it was paid", example = "2024-12-28T08:00:00Z") @DateRange
        Instant settledAt,

        @Schema(
                description = "With settledAt: how much was paid, at most what was due",
                example = Examples.IMPORTED_PRINCIPAL)
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal settledAmount,

        @Schema(description = "Extensions and restructurings, oldest first") @Size(max = 20)
        List<@Valid @NotNull ImportedRelief> relief,

        @Schema(
                description = "The program's bank's pre-approved line for this supplier the financing was lent within,"
                        + " if any: checked as at approval (the line live on the day of approval, the terms within its"
                        + " product); while the financing is unpaid the line holds its principal",
                example = ProductExamples.LINE_ID)
        @WellFormedId
        String creditLineId) {}
