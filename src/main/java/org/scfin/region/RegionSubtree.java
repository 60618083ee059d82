package org.scfin.region;

/**
 * The query clause "this region and everything under it", for lists filtered by region. It uses the province and
 * prefecture codes every region row carries, so it needs no recursion.
 */
public final class RegionSubtree {

    private RegionSubtree() {}

    /** {@code property} (a region code) lies in the subtree of the region bound to {@code :parameter}. */
    public static String clause(String property, String parameter) {
        return property + " in (select r.code from Region r where r.code = :" + parameter + " or r.provinceCode = :"
                + parameter + " or r.prefectureCode = :" + parameter + ")";
    }
}
