package org.scfin.product;

import java.util.List;
import org.scfin.region.Region;

/**
 * Which served region codes reach a region: the region itself, its prefecture and its province, since a product serving
 * a province or a city serves everything under it. Three codes at most, looked up in the region-code index of the
 * products' regions rather than walked through the register.
 */
public final class ServedRegions {

    private ServedRegions() {}

    public static List<String> reaching(Region region) {
        return region.selfAndAncestors();
    }

    /** Whether a product serving {@code servedCodes} serves {@code region}. */
    public static boolean serves(CreditProduct product, Region region) {
        return reaching(region).stream().anyMatch(product.regionCodes::contains);
    }
}
