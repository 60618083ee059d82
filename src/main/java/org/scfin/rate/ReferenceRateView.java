package org.scfin.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "ReferenceRate", description = "A reference rate effective from a date")
public record ReferenceRateView(
        @Schema(example = "0KZ4J2D1X3B90") String id,
        @Schema(example = Examples.REFERENCE_RATE_TYPE) RateType type,

        @Schema(description = "null for the loan prime rates", example = Examples.CITY_CODE)
        String regionCode,

        @Schema(example = "6.9500") BigDecimal rate,
        @Schema(example = Examples.YEAR_START) LocalDate effectiveFrom) {

    static ReferenceRateView of(ReferenceRate r) {
        return new ReferenceRateView(
                r.id, r.type, ReferenceRate.NATIONAL.equals(r.scope) ? null : r.scope, r.rate, r.effectiveFrom);
    }
}
