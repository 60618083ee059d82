package org.scfin.enterprise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "Bank", description = "A lender")
public record BankView(
        @Schema(example = Examples.BANK_ID) String id,
        @Schema(example = Examples.BANK_NAME) String name,
        @Schema(example = Examples.BANK_CREDIT_CODE) String creditCode,
        @Schema(example = Examples.CITY_CODE) String regionCode,
        @Schema(example = Examples.BANK_INDUSTRY) String industry,
        @Schema(example = Examples.BANK_TYPE) BankType type) {

    static BankView of(Bank b) {
        return new BankView(b.id, b.name, b.creditCode, b.regionCode, b.industry, b.type);
    }
}
