package org.scfin.receivable;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;
import org.scfin.common.DateRange;
import org.scfin.common.WellFormedId;

/**
 * A receivable as an ERP posts it or a supplier submits it. The supplier is named by id or by credit code; the
 * core enterprise of an ERP comes from its token.
 */
@Schema(name = "ReceivableInput", description = "A receivable to post (ERP) or submit for confirmation (supplier)")
public record ReceivableInput(
        @Schema(description = "Required when a supplier submits; an ERP may omit it (its token names its core enterprise)", example = "0KZ4J2D1X3B7Q")
        @WellFormedId String coreEnterpriseId,
        @Schema(description = "The supplier (creditor); give this or supplierCreditCode", example = "0KZ4J2D1X3B7R")
        @WellFormedId String supplierId,
        @Schema(description = "The supplier's unified social credit code, instead of supplierId", example = "91620300MA73XKQ82A")
        @Pattern(regexp = "[0-9A-Z]{18}", message = "must be 18 characters, digits and capital letters") String supplierCreditCode,
        @Schema(description = "The ERP's own reference, unique per core enterprise", example = "AP-2025-000123")
        @NotBlank @Size(max = 64) @PlainText String erpReference,
        @Schema(description = "Invoices backing the receivable (one or more)", example = "[\"04403991\", \"04403992\"]")
        @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Invoices.NUMBER_PATTERN, message = Invoices.NUMBER_MESSAGE) String> invoiceNumbers,
        @Schema(description = "Face value in yuan: positive, at most 2 decimal places", example = "1250000.00")
        @NotNull @Positive @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)") BigDecimal amount,
        @Schema(description = "Only CNY; default CNY", example = "CNY") @PlainText String currency,
        @Schema(example = "2025-07-01") @NotNull @DateRange LocalDate issueDate,
        @Schema(description = "After the issue date", example = "2025-12-28") @NotNull @DateRange LocalDate dueDate) {
}
