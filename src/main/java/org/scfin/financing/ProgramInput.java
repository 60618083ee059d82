package org.scfin.financing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.WellFormedId;
import org.scfin.notice.CollectionAccount;

@Schema(name = "ProgramInput", description = "A financing program: a bank's line for one core enterprise's payables")
public record ProgramInput(
        @Schema(
                description = "The bank; a bank's own token names it, so only an admin must give it",
                example = Examples.BANK_ID)
        @WellFormedId
        String bankId,

        @Schema(example = Examples.CORE_ENTERPRISE_ID) @NotNull @WellFormedId
        String coreEnterpriseId,

        @Schema(description = "Yuan", example = Examples.CREDIT_LIMIT)
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal creditLimit,

        @Schema(description = "Percent of face value, above 0 and at most 100", example = Examples.ADVANCE_RATIO_INPUT)
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal maxAdvanceRatio,

        @Schema(description = "Percent a year", example = "3.7")
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal rateFloor,

        @Schema(description = "Percent a year, not below the floor", example = "5.0")
        @NotNull
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal rateCap,

        @Schema(description = "Default ACT_360", example = Examples.DAY_COUNT)
        DayCount dayCount,

        @Schema(example = Examples.INTEREST_MODE) @NotNull InterestMode interestMode,

        @Schema(example = Examples.YEAR_START) @NotNull @DateRange
        LocalDate validFrom,

        @Schema(example = Examples.YEAR_END) @NotNull @DateRange
        LocalDate validTo,

        @Schema(
                description =
                        "Where the core enterprise pays assigned receivables; named on every notice of assignment")
        @NotNull
        @Valid
        CollectionAccount collectionAccount,

        @Schema(
                description = "Whether a financing is disbursed only with a live registration of its receivables in"
                        + " the registry (POST /api/v1/registrations); default false",
                example = "true")
        Boolean registrationRequired) {}
