package org.scfin.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceRate", description = "A reference rate effective from a date")
public record ReferenceRateView(
        @Schema(example = "0KZ4J2D1X3B90") String id,
        @Schema(example = "REGIONAL_SME_AVERAGE") RateType type,
        @Schema(description = "null for the loan prime rates", example = "620300") String regionCode,
        @Schema(example = "6.9500") BigDecimal rate,
        @Schema(example = "2025-01-01") LocalDate effectiveFrom) {

    static ReferenceRateView of(ReferenceRate r) {
        return new ReferenceRateView(r.id, r.type, ReferenceRate.NATIONAL.equals(r.scope) ? null : r.scope, r.rate, r.effectiveFrom);
    }
}
