package org.scfin.credit;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.Times;

@Schema(name = "CreditConsent", description = "A supplier's authorisation for a bank to read its non-public profile")
public record ConsentView(
        @Schema(example = CreditExamples.CONSENT_ID) String id,
        @Schema(example = Examples.SUPPLIER_ID) String supplierId,
        @Schema(example = Examples.BANK_ID) String bankId,
        @Schema(example = "应收账款融资贷前审查") String purpose,
        @Schema(example = "2026-04-01") LocalDate validFrom,
        @Schema(example = "2026-09-30") LocalDate validUntil,

        @Schema(description = "On today's business date", example = "LIVE")
        ConsentStatus status,

        @Schema(nullable = true, example = "2026-05-10T02:00:00Z")
        Instant revokedAt,

        @Schema(example = "2026-04-01T01:00:00Z") Instant createdAt) {

    static ConsentView of(CreditConsent c) {
        return new ConsentView(
                c.id,
                c.supplierId,
                c.bankId,
                c.purpose,
                c.validFrom,
                c.validUntil,
                c.statusOn(Times.today()),
                c.revokedAt,
                c.createdAt);
    }
}
