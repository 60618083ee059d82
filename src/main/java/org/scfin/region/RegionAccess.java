package org.scfin.region;

import org.scfin.common.ProblemException;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Which regions a caller may read figures of: an admin and a dashboard bound to no region read all; a dashboard bound
 * to a region reads that region and the regions under it. The statistics and the product pool's figures follow this one
 * rule. An authority, always bound to a region, acts by the same rule on the suppliers of its region and the regions
 * under it (rate coupons).
 */
public final class RegionAccess {

    private RegionAccess() {}

    /** The region, when the caller may read it: 404 for an unknown code, 403 outside a dashboard's region. */
    public static Region readable(Caller caller, String code) {
        caller.require(Role.ADMIN, Role.DASHBOARD);
        Region region = Region.findById(code);
        if (region == null) {
            throw ProblemException.notFound("region", code);
        }
        if (!covers(caller, region)) {
            throw ProblemException.forbidden(
                    "this dashboard sees region " + caller.partyId() + " and the regions under it only");
        }
        return region;
    }

    /**
     * Whether the caller's region is the region or one above it (always, for an admin or an unbound dashboard; never
     * for an unknown region, null, unless the caller sees all).
     */
    public static boolean covers(Caller caller, Region region) {
        String own = caller.partyId();
        return caller.isAdmin()
                || own == null
                || region != null && region.selfAndAncestors().contains(own);
    }
}
