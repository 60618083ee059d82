package org.scfin.credit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "CreditProfile", description = "The latest fact of each kind about an enterprise as of a date")
public record CreditProfileView(
        @Schema(example = Examples.SUPPLIER_CREDIT_CODE) String creditCode,
        @Schema(example = "2026-04-20") LocalDate asOf,
        @Schema(example = "FULL") ProfilePart part,

        @Schema(
                nullable = true,
                description = "The supplier with this credit code, when it is on the platform",
                example = Examples.SUPPLIER_ID)
        String supplierId,

        @Schema(description = "At most one per kind: the latest as of asOf (of PUBLIC: the latest public one)")
        List<CreditFactView> facts) {}
