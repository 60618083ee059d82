package org.scfin.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles a token may carry (in its {@code groups} claim). All but {@code admin} are bound to one party by the claim
 * named here (a region, for a dashboard and an authority), and a token of a role that {@link #requiresParty requires}
 * it without that claim is refused.
 */
public enum Role {
    ADMIN("admin", null),
    ERP("erp", "core_enterprise_id"),
    SUPPLIER("supplier", "supplier_id"),
    BANK("bank", "bank_id"),
    DASHBOARD("dashboard", "region_code"),
    /** A regional authority: issues rate coupons to the suppliers of its region and the regions under it. */
    AUTHORITY("authority", "region_code");

    /** Role names as used in {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String ADMIN_NAME = "admin";

    public static final String ERP_NAME = "erp";
    public static final String SUPPLIER_NAME = "supplier";
    public static final String BANK_NAME = "bank";
    public static final String DASHBOARD_NAME = "dashboard";
    public static final String AUTHORITY_NAME = "authority";

    private final String tokenName;
    private final String partyClaim;

    Role(String tokenName, String partyClaim) {
        this.tokenName = tokenName;
        this.partyClaim = partyClaim;
    }

    public String tokenName() {
        return tokenName;
    }

    /** The claim naming the caller's party, or null for roles bound to no party. */
    public String partyClaim() {
        return partyClaim;
    }

    /**
     * Whether a token of this role must name its party; a dashboard may be bound to a region or see all, an authority
     * always acts for one region.
     */
    public boolean requiresParty() {
        return this == ERP || this == SUPPLIER || this == BANK || this == AUTHORITY;
    }

    public static Optional<Role> fromTokenName(String name) {
        return Arrays.stream(values()).filter(r -> r.tokenName.equals(name)).findFirst();
    }
}
