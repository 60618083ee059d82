package org.scfin.enterprise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(name = "Supplier", description = "An upstream small, micro or medium enterprise")
public record SupplierView(
        @Schema(example = Examples.SUPPLIER_ID) String id,
        @Schema(example = Examples.SUPPLIER_NAME) String name,
        @Schema(example = Examples.SUPPLIER_CREDIT_CODE) String creditCode,
        @Schema(example = Examples.DISTRICT_CODE) String regionCode,
        @Schema(example = Examples.SUPPLIER_INDUSTRY) String industry,
        @Schema(example = Examples.SIZE_CLASS) SizeClass sizeClass,
        @Schema(example = "true") boolean creditWhite) {

    static SupplierView of(Supplier s) {
        return new SupplierView(s.id, s.name, s.creditCode, s.regionCode, s.industry, s.sizeClass, s.creditWhite);
    }
}
