package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.rate.RateRecordKind;
import org.scfin.rate.ReferenceRateService;
import org.scfin.rate.Spreads;

/**
 * Records a financing's rate each time it is set (approval, import, relief, renewal) as a rate record priced against
 * the reference rates in force that day, and keeps the spreads on the financing, where its views read them.
 */
@ApplicationScoped
class FinancingPricing {

    @Inject
    ReferenceRateService rates;

    /** The financing's current rate, as of {@code on}, on {@code principal}. */
    Spreads price(Financing f, RateRecordKind kind, LocalDate on, BigDecimal principal) {
        Spreads spreads = rates.record(f.id, f.bankId, f.supplierRegionCode, kind, on, f.annualRate, principal);
        f.spreadLprBp = spreads.toLprBp();
        f.spreadRegionalBp = spreads.toRegionalBp();
        return spreads;
    }
}
