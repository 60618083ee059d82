package org.scfin.enterprise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Bank", description = "A lender")
public record BankView(
        @Schema(example = "0KZ4J2D1X3B7S") String id,
        @Schema(example = "甘肃银行股份有限公司金昌分行") String name,
        @Schema(example = "91620300MA71RRG534") String creditCode,
        @Schema(example = "620300") String regionCode,
        @Schema(example = "银行业") String industry,
        @Schema(example = "CITY_COMMERCIAL") BankType type) {

    static BankView of(Bank b) {
        return new BankView(b.id, b.name, b.creditCode, b.regionCode, b.industry, b.type);
    }
}
