package org.scfin.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(
        name = "Registration",
        description = "A registration of receivables as it stands: what it covers, whose it is and whether it is live."
                + " Like the registry, it is public to every bank; the financing and the amount are shown only to"
                + " the registering bank and an admin")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationView(
        @Schema(example = RegistrationExamples.REGISTRATION_ID)
        String id,

        @Schema(example = "ZHONGDENG") Registry registry,

        @Schema(description = "The initial registration's number", example = RegistrationExamples.NUMBER)
        String registrationNumber,

        @Schema(example = "ASSIGNMENT") Encumbrance encumbrance,

        @Schema(description = "The registrant: the assignee or pledgee", example = Examples.BANK_ID)
        String bankId,

        @Schema(example = Examples.BANK_CREDIT_CODE) String assigneeCreditCode,

        @Schema(description = "The assignor or pledgor: the supplier", example = Examples.SUPPLIER_CREDIT_CODE)
        String creditorCreditCode,

        @Schema(
                description = "Who owes the receivables: the core enterprise",
                example = Examples.CORE_ENTERPRISE_CREDIT_CODE)
        String debtorCreditCode,

        @Schema(description = "The invoices covered, upper case", example = Examples.INVOICE_NUMBERS)
        List<String> invoiceNumbers,

        @Schema(description = "Absent for another bank", example = Examples.FINANCING_ID, nullable = true)
        String financingId,

        @Schema(description = "Yuan; absent for another bank", example = Examples.PRINCIPAL, nullable = true)
        BigDecimal amount,

        @Schema(example = "2025-07-02") LocalDate registeredOn,

        @Schema(description = "The first day it is no longer live", example = "2028-07-02")
        LocalDate expiresOn,

        @Schema(description = "Set by a cancellation", example = "2026-01-05", nullable = true)
        LocalDate cancelledOn,

        @Schema(description = "Live today: registered, not expired, not cancelled", example = "true")
        boolean live,

        @Schema(description = "The filings, oldest first") List<FilingView> filings) {}
