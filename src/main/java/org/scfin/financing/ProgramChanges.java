package org.scfin.financing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.notice.CollectionAccount;

/** PATCH body: only the fields present change. */
@Schema(
        name = "ProgramChanges",
        description = "Changes to a program's limit, rate bounds, validity, status or collection account; absent"
                + " fields stay")
public record ProgramChanges(
        @Schema(example = "80000000.00")
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal creditLimit,

        @Schema(example = "3.5")
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal rateFloor,

        @Schema(example = "4.8")
        @DecimalMin("0")
        @DecimalMax(value = "100", inclusive = false)
        @Digits(integer = 3, fraction = 4)
        BigDecimal rateCap,

        @Schema(example = Examples.YEAR_START) @DateRange LocalDate validFrom,
        @Schema(example = "2026-06-30") @DateRange LocalDate validTo,
        @Schema(example = "SUSPENDED") ProgramStatus status,

        @Schema(
                description = "Replaces the collection account. Each financing of the program whose receivables are"
                        + " assigned to the bank gets a REPLACEMENT notice naming the new account (a notice is a"
                        + " document: the earlier ones keep the account they named)")
        @Valid
        CollectionAccount collectionAccount,

        @Schema(
                description = "Requires (or no longer requires) a live registration before each disbursement; the"
                        + " financings already disbursed stay as they are",
                example = "true")
        Boolean registrationRequired) {}
