package org.scfin.financing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scfin.common.Times;

/** Builds financing views; the receivables of a whole page are read in one query. */
final class FinancingViews {

    private FinancingViews() {
    }

    static List<FinancingView> of(List<Financing> financings) {
        if (financings.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> receivables = FinancingReceivable.<FinancingReceivable>list(
                        "key.financingId in ?1 order by key.receivableId", financings.stream().map(f -> f.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.key.financingId(), Collectors.mapping(r -> r.key.receivableId(), Collectors.toList())));
        return financings.stream().map(f -> of(f, receivables.getOrDefault(f.id, List.of()), null)).toList();
    }

    static FinancingView withHistory(Financing f) {
        return withHistory(f, FinancingService.receivableIdsOf(f));
    }

    /** For a change that has just read the financing's receivables ({@link FinancingService#receivableIdsOf}). */
    static FinancingView withHistory(Financing f, List<String> receivables) {
        List<FinancingHistoryView> history = FinancingHistory.<FinancingHistory>list("financingId = ?1 order by occurredAt, id", f.id)
                .stream().map(FinancingHistoryView::of).toList();
        return of(f, receivables, history);
    }

    private static FinancingView of(Financing f, List<String> receivableIds, List<FinancingHistoryView> history) {
        return new FinancingView(f.id, f.programId, f.bankId, f.coreEnterpriseId, f.supplierId, receivableIds, f.statusOn(Times.today()),
                f.requestedAmount, f.faceValue, f.advanceRatio, f.annualRate, f.valueDate, f.maturityDate, f.dayCount, f.interestMode,
                f.principal, f.interest, f.netAmount, f.amountDue, f.settledAmount, f.outstanding(), f.spreadLprBp, f.spreadRegionalBp,
                f.rejectReasonCode, f.appliedAt, f.approvedAt, f.disbursedAt, hoursToDisbursement(f), f.closedAt, history);
    }

    /** Kept as the two instants; shown in hours with 2 decimals. */
    static java.math.BigDecimal hoursToDisbursement(Financing f) {
        if (f.disbursedAt == null) {
            return null;
        }
        return org.scfin.common.Times.hoursBetween(f.appliedAt, f.disbursedAt);
    }
}
