package org.scfin.registration;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.WellFormedId;
import org.scfin.receivable.Invoices;

@Schema(
        name = "RegistrationInput",
        description = "A filing the bank made at the registry for one of its financings: an initial registration, or a"
                + " change, extension or cancellation of one")
public record RegistrationInput(
        @Schema(description = "The bank's financing whose receivables are registered", example = Examples.FINANCING_ID)
        @NotNull
        @WellFormedId
        String financingId,

        @Schema(example = "ZHONGDENG") @NotNull Registry registry,

        @Schema(example = "INITIAL") @NotNull RegistrationKind kind,

        @Schema(
                description = "The number the registry gave this filing (1 to 40 digits, capital letters or -)",
                example = RegistrationExamples.NUMBER)
        @NotNull
        @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE)
        String registrationNumber,

        @Schema(
                description = "On a change, an extension or a cancellation: the initial registration's number, as"
                        + " recorded here for this financing. Absent on an initial registration",
                example = RegistrationExamples.NUMBER)
        @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE)
        String initialRegistrationNumber,

        @Schema(description = "The day the registry registered the filing; not in the future", example = "2025-07-02")
        @NotNull
        @DateRange
        LocalDate registeredOn,

        @Schema(
                description = "On an initial registration: its term; on an extension: the years added. 1 to 30; absent"
                        + " on a change or a cancellation",
                example = "3")
        @Min(1)
        @Max(30)
        Integer termYears,

        @Schema(
                description = "On an initial registration: ASSIGNMENT (default) or PLEDGE; absent on later filings",
                example = "ASSIGNMENT")
        Encumbrance encumbrance,

        @Schema(
                description = "On an initial registration or a change: the invoices covered, each an invoice of the"
                        + " financing's receivables. Default on an initial registration: all of them; a change"
                        + " without it keeps what was covered",
                example = Examples.INVOICE_NUMBERS)
        @Size(min = 1, max = 1000)
        List<@NotNull @Pattern(regexp = Invoices.NUMBER_PATTERN, message = Invoices.NUMBER_MESSAGE) String>
                invoiceNumbers,

        @Schema(
                description = "On an initial registration or a change: the amount registered, in yuan. Default on an"
                        + " initial registration: the financing's principal once approved, else the amount requested",
                example = Examples.PRINCIPAL)
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal amount) {

    static final String NUMBER_PATTERN = "[0-9A-Z][0-9A-Z-]{0,39}";
    static final String NUMBER_MESSAGE = "must be 1 to 40 digits, capital letters or - starting with a digit or letter";
}
