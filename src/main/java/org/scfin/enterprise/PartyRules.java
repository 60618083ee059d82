package org.scfin.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scfin.common.Texts;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.region.RegionService;
import org.scfin.region.RegionSubtree;

/** The rules and filters core enterprises, suppliers and banks share. */
@ApplicationScoped
class PartyRules {

    @Inject
    RegionService regions;

    /** Copies the shared fields after checking what Bean Validation cannot: that the region exists. */
    void apply(Party party, String name, String creditCode, String regionCode, String industry, Violations violations) {
        violations.require(
                regionCode == null || regions.isKnown(regionCode),
                "regionCode",
                "known-region",
                "must be a GB/T 2260 region code that exists");
        party.name = name.strip();
        party.creditCode = creditCode;
        party.regionCode = regionCode;
        party.industry = industry == null || industry.isBlank() ? null : industry.strip();
    }

    /**
     * The list filters: region (the region itself and everything under it), part of the name, exact credit code. The
     * resources have refused region and credit codes not written as one: a code is matched as given, never trimmed.
     */
    Where filter(String regionCode, String name, String creditCode) {
        return new Where()
                .and(RegionSubtree.clause("regionCode", "region"), "region", regionCode)
                .and("name like :name", "name", Texts.isBlank(name) ? null : Texts.containsPattern(name))
                .and("creditCode = :creditCode", "creditCode", creditCode);
    }
}
