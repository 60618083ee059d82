package org.scfin.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "CreditRead", description = "One bank read of a credit profile")
public record CreditReadView(
        @Schema(example = CreditExamples.READ_ID) String id,
        @Schema(example = Examples.BANK_ID) String bankId,
        @Schema(example = Examples.SUPPLIER_CREDIT_CODE) String creditCode,

        @Schema(
                nullable = true,
                description = "Null when the enterprise is not a supplier here",
                example = Examples.SUPPLIER_ID)
        String supplierId,

        @Schema(nullable = true, description = "The supplier's region", example = Examples.CITY_CODE)
        String regionCode,

        @Schema(example = "应收账款融资贷前审查") String purpose,

        @Schema(description = "Whether non-public facts were read (under consentId)", example = "true")
        boolean nonPublic,

        @Schema(nullable = true, example = CreditExamples.CONSENT_ID)
        String consentId,

        @Schema(description = "The kinds of fact returned") List<FactKind> kinds,

        @Schema(description = "The date the profile was read as of", example = "2026-04-20")
        LocalDate asOf,

        @Schema(example = "2026-04-20T03:15:00Z") Instant readAt) {

    static CreditReadView of(CreditRead r) {
        return new CreditReadView(
                r.id,
                r.bankId,
                r.creditCode,
                r.supplierId,
                r.regionCode,
                r.purpose,
                r.nonPublic,
                r.consentId,
                r.kinds.isEmpty()
                        ? List.of()
                        : Arrays.stream(r.kinds.split(","))
                                .map(FactKind::valueOf)
                                .toList(),
                r.asOf,
                r.readAt);
    }
}
