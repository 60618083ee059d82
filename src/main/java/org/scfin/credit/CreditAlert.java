package org.scfin.credit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of a CREDIT_ALERT event: which borrower, what got worse, and which of the bank's loans it concerns. */
@Schema(name = "CreditAlert", description = "A worse public fact about a supplier the bank has lent to")
public record CreditAlert(
        AlertReason reason,
        String supplierId,
        String creditCode,

        @Schema(nullable = true, description = "With LOWER_TAX_GRADE: the grade before")
        TaxGrade previousGrade,

        @Schema(description = "The bank's outstanding financings of the supplier")
        List<String> financingIds,

        CreditFactView fact) {}
