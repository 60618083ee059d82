package org.scfin.security;

import org.scfin.common.ProblemException;
import org.scfin.common.Where;

/**
 * The authenticated caller of one request: its role and the party it acts for ({@code partyId} is the core enterprise
 * of an ERP, the supplier, the bank, or the region of a dashboard or an authority; null for admin). Services take it as
 * a parameter so that the same rules apply to HTTP calls and to the demo loader.
 */
public record Caller(Role role, String partyId, String subject) {

    public static Caller admin(String subject) {
        return new Caller(Role.ADMIN, null, subject);
    }

    public static Caller erp(String coreEnterpriseId) {
        return new Caller(Role.ERP, coreEnterpriseId, "erp:" + coreEnterpriseId);
    }

    public static Caller supplier(String supplierId) {
        return new Caller(Role.SUPPLIER, supplierId, "supplier:" + supplierId);
    }

    public static Caller bank(String bankId) {
        return new Caller(Role.BANK, bankId, "bank:" + bankId);
    }

    public static Caller authority(String regionCode) {
        return new Caller(Role.AUTHORITY, regionCode, "authority:" + regionCode);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this caller acts for exactly this party in this role. */
    public boolean actsFor(Role partyRole, String id) {
        return role == partyRole && partyId != null && partyId.equals(id);
    }

    /** The key that scopes things a caller owns, such as idempotency keys: two callers never share one. */
    public String scopeKey() {
        return partyId == null ? role.tokenName() + ":" + subject : role.tokenName() + ":" + partyId;
    }

    public void require(Role... allowed) {
        for (Role r : allowed) {
            if (role == r) {
                return;
            }
        }
        throw ProblemException.forbidden("role " + role.tokenName() + " may not do this");
    }

    /**
     * Narrows a query on rows that name their parties in {@code coreEnterpriseId}, {@code supplierId} and
     * {@code bankId} (events, notices) to those of this caller's party; an admin reads them all, and any other role is
     * refused with a 403 saying it has no {@code what}.
     */
    public Where ownPartyRows(Where where, String what) {
        return switch (role) {
            case ADMIN -> where;
            case ERP -> where.and("coreEnterpriseId = :own", "own", partyId);
            case SUPPLIER -> where.and("supplierId = :own", "own", partyId);
            case BANK -> where.and("bankId = :own", "own", partyId);
            default -> throw ProblemException.forbidden("role " + role.tokenName() + " has no " + what);
        };
    }
}
