package org.scfin.product;

import java.util.ArrayList;
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
        List<String> codes = new ArrayList<>(List.of(region.code));
        if (region.prefectureCode != null && !codes.contains(region.prefectureCode)) {
            codes.add(region.prefectureCode);
        }
        if (region.provinceCode != null && !codes.contains(region.provinceCode)) {
            codes.add(region.provinceCode);
        }
        return codes;
    }

    /** Whether a product serving {@code servedCodes} serves {@code region}. */
    public static boolean serves(CreditProduct product, Region region) {
        return reaching(region).stream().anyMatch(product.regionCodes::contains);
    }
}
