package org.scfin.enterprise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Supplier", description = "An upstream small, micro or medium enterprise")
public record SupplierView(
        @Schema(example = "0KZ4J2D1X3B7R") String id,
        @Schema(example = "金昌市鑫源机械制造有限公司") String name,
        @Schema(example = "91620300MA73XKQ82A") String creditCode,
        @Schema(example = "620302") String regionCode,
        @Schema(example = "机械加工") String industry,
        @Schema(example = "MICRO") SizeClass sizeClass,
        @Schema(example = "true") boolean creditWhite) {

    static SupplierView of(Supplier s) {
        return new SupplierView(s.id, s.name, s.creditCode, s.regionCode, s.industry, s.sizeClass, s.creditWhite);
    }
}
