package org.scfin.region;

/** The three tiers of GB/T 2260 that statistics roll up: county, prefecture (city), province. */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY;

    static RegionLevel ofDepth(int depth) {
        return values()[depth - 1];
    }
}
