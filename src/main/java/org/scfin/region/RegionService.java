package org.scfin.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RegionService {

    public Optional<RegionView> find(String code) {
        return Region.<Region>findByIdOptional(code).map(RegionView::of);
    }

    /** The provinces when {@code parentCode} is null, otherwise the direct sub-regions of that region. */
    public List<RegionView> children(String parentCode) {
        List<Region> regions = parentCode == null
                ? Region.list("parentCode is null order by code")
                : Region.list("parentCode = ?1 order by code", parentCode);
        return regions.stream().map(RegionView::of).toList();
    }

    public boolean isKnown(String code) {
        return Region.count("code", code) > 0;
    }
}
