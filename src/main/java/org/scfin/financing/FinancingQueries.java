package org.scfin.financing;

import java.time.LocalDate;
import java.util.List;
import org.scfin.common.ProblemException;
import org.scfin.common.Where;
import org.scfin.security.Caller;

/** Who sees which financings, and the list filters, including the computed OVERDUE status. */
final class FinancingQueries {

    private FinancingQueries() {}

    /**
     * A bank sees its own business, a supplier its own financings, an ERP those on its core enterprise's payables once
     * disbursed (they change whom it pays); applications and credit decisions stay between supplier and bank.
     */
    static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN -> where;
            case BANK -> where.and("bankId = :ownBank", "ownBank", caller.partyId());
            case SUPPLIER -> where.and("supplierId = :ownSupplier", "ownSupplier", caller.partyId());
            case ERP ->
                where.and("coreEnterpriseId = :ownCore", "ownCore", caller.partyId())
                        .and("disbursedAt is not null");
            default ->
                throw ProblemException.forbidden("role " + caller.role().tokenName() + " has no access to financings");
        };
    }

    /**
     * How a conflict may name the live financing a receivable backs: by its id where the caller may see that financing,
     * otherwise without it, so that a bank never learns of another bank's financing, nor a core enterprise of an
     * application, from a refusal.
     */
    static String liveFinancingAsSeenBy(Caller caller, String financingId) {
        Where where = visibleTo(caller, new Where().and("id = :id", "id", financingId));
        return Financing.count(where.query(), where.params()) > 0
                ? "live financing " + financingId
                : "a live financing";
    }

    /** The debtor sorts by when the receivables were assigned; the other orders would rank by terms it does not see. */
    static final List<String> DEBTOR_SORTABLE = List.of("disbursedAt");

    /**
     * The debtor filters only by what its view shows: the dates of the application and the financing's maturity (which
     * relief moves), and OVERDUE, which follows that maturity, would tell it what the view leaves out.
     */
    static void requireDebtorFilter(FinancingService.Filter filter) {
        String refused = filter.appliedFrom() != null
                ? "appliedFrom"
                : filter.appliedTo() != null
                        ? "appliedTo"
                        : filter.maturityFrom() != null
                                ? "maturityFrom"
                                : filter.maturityTo() != null ? "maturityTo" : null;
        if (refused != null) {
            throw ProblemException.invalidParameter(
                    refused, "not-for-debtor", "is not a filter of the core enterprise's view of financings");
        }
        // the view has only these two; any other status (OVERDUE follows terms it does not show) is not a filter of it
        if (filter.status() != null
                && filter.status() != FinancingStatus.DISBURSED
                && filter.status() != FinancingStatus.SETTLED) {
            throw ProblemException.invalidParameter(
                    "status",
                    "not-for-debtor",
                    filter.status() + " is not a status of the core" + " enterprise's view; use DISBURSED or SETTLED");
        }
    }

    /**
     * The status filter as callers see statuses: OVERDUE is a disbursed financing past maturity, DISBURSED one that is
     * not yet past it.
     */
    static Where status(Where where, FinancingStatus status, LocalDate today) {
        if (status == null) {
            return where;
        }
        return switch (status) {
            case OVERDUE -> where.and("status = 'DISBURSED'").and("maturityDate < :today", "today", today);
            case DISBURSED -> where.and("status = 'DISBURSED'").and("maturityDate >= :today", "today", today);
            default -> where.and("status = :status", "status", status);
        };
    }
}
