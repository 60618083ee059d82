package org.scfin.credit;

import java.util.List;
import org.scfin.enterprise.TaxGrade;

/**
 * The data of a CREDIT_ALERT event: which borrower, what got worse ({@code previousGrade} is the grade before, with
 * LOWER_TAX_GRADE), and which of the bank's outstanding financings of the supplier it concerns. Event data is untyped
 * in the OpenAPI document; the README's credit information section shows this one.
 */
public record CreditAlert(
        AlertReason reason,
        String supplierId,
        String creditCode,
        TaxGrade previousGrade,
        List<String> financingIds,
        CreditFactView fact) {}
