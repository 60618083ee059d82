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
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;
import org.scfin.common.WellFormedId;

/**
 * A receivable as an ERP posts it or a supplier submits it. The supplier is named by id or by credit code; the core
 * enterprise of an ERP comes from its token.
 */
@Schema(name = "ReceivableInput", description = "A receivable to post (ERP) or submit for confirmation (supplier)")
public record ReceivableInput(
        @Schema(
                description =
                        "Required when a supplier submits; an ERP may omit it (its token names its core enterprise)",
                example = Examples.CORE_ENTERPRISE_ID)
        @WellFormedId
        String coreEnterpriseId,

        @Schema(
                description = "The supplier (creditor); give this or supplierCreditCode",
                example = Examples.SUPPLIER_ID)
        @WellFormedId
        String supplierId,

        @Schema(
                description = "The supplier's unified social credit code, instead of supplierId",
                example = Examples.SUPPLIER_CREDIT_CODE)
        @Pattern(regexp = "[0-9A-Z]{18}", message = "must be 18 characters, digits and capital letters")
        String supplierCreditCode,

        @Schema(description = "The ERP's own reference, unique per core enterprise", example = Examples.ERP_REFERENCE)
        @NotBlank
        @Size(max = 64)
        @PlainText
        String erpReference,

        @Schema(description = "Invoices backing the receivable (one or more)", example = Examples.INVOICE_NUMBERS)
        @NotEmpty
        @Size(max = 50)
        List<@NotNull @Pattern(regexp = Invoices.NUMBER_PATTERN, message = Invoices.NUMBER_MESSAGE) String>
                invoiceNumbers,

        @Schema(
                description = "Face value in yuan: positive, at most 2 decimal places",
                example = Examples.RECEIVABLE_AMOUNT)
        @NotNull
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal amount,

        @Schema(description = "Only CNY; default CNY", example = Examples.CURRENCY) @PlainText
        String currency,

        @Schema(example = Examples.ISSUE_DATE) @NotNull @DateRange
        LocalDate issueDate,

        @Schema(description = "After the issue date", example = Examples.DUE_DATE) @NotNull @DateRange
        LocalDate dueDate) {}
