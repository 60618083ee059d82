package org.scfin.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scfin.common.Times;
import org.scfin.enterprise.Bank;

/** Builds financing views; the receivables of a whole page are read in one query. */
final class FinancingViews {

    private FinancingViews() {}

    static List<FinancingView> of(List<Financing> financings) {
        if (financings.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> receivables = FinancingReceivable.<FinancingReceivable>list(
                        "key.financingId in ?1 order by key.receivableId",
                        financings.stream().map(f -> f.id).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.key.financingId(), Collectors.mapping(r -> r.key.receivableId(), Collectors.toList())));
        return financings.stream()
                .map(f -> of(f, receivables.getOrDefault(f.id, List.of()), null))
                .toList();
    }

    static FinancingView withHistory(Financing f) {
        return withHistory(f, FinancingService.receivableIdsOf(f));
    }

    /** For a change that has just read the financing's receivables ({@link FinancingService#receivableIdsOf}). */
    static FinancingView withHistory(Financing f, List<String> receivables) {
        List<FinancingHistoryView> history =
                FinancingHistory.<FinancingHistory>list("financingId = ?1 order by occurredAt, id", f.id).stream()
                        .map(FinancingHistoryView::of)
                        .toList();
        return of(f, receivables, history);
    }

    private static FinancingView of(Financing f, List<String> receivableIds, List<FinancingHistoryView> history) {
        return new FinancingView(
                f.id,
                f.programId,
                f.bankId,
                f.coreEnterpriseId,
                f.supplierId,
                receivableIds,
                f.statusOn(Times.today()),
                f.requestedAmount,
                f.faceValue,
                f.advanceRatio,
                f.annualRate,
                f.valueDate,
                f.maturityDate,
                f.dayCount,
                f.interestMode,
                f.principal,
                f.interest,
                f.netAmount,
                f.amountDue,
                f.settledAmount,
                f.outstanding(),
                f.spreadLprBp,
                f.spreadRegionalBp,
                f.rejectReasonCode,
                f.appliedAt,
                f.approvedAt,
                f.disbursedAt,
                hoursToDisbursement(f),
                f.closedAt,
                f.renewalOfId,
                f.creditLineId,
                f.couponId,
                f.rateBeforeCoupon,
                f.interestSaved,
                history);
    }

    /**
     * The debtor's views of a page of disbursed financings: their receivables in one query, their banks' names in
     * another.
     */
    static List<DebtorFinancingView> forDebtor(List<Financing> financings) {
        if (financings.isEmpty()) {
            return List.of();
        }
        Map<String, List<DebtorFinancingView.AssignedReceivable>> receivables = FinancingReceivable.getEntityManager()
                .createQuery(
                        "select c.key.financingId, c.key.receivableId, c.faceAmount, r.dueDate from FinancingReceivable c, Receivable r"
                                + " where r.id = c.key.receivableId and c.key.financingId in ?1 order by c.key.receivableId",
                        Object[].class)
                .setParameter(1, financings.stream().map(f -> f.id).toList())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row[0],
                        Collectors.mapping(
                                row -> new DebtorFinancingView.AssignedReceivable(
                                        (String) row[1], (BigDecimal) row[2], (LocalDate) row[3]),
                                Collectors.toList())));
        Map<String, String> bankNames =
                Bank.<Bank>list(
                                "id in ?1",
                                financings.stream()
                                        .map(f -> f.bankId)
                                        .distinct()
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(b -> b.id, b -> b.name));
        // the stored status: OVERDUE follows the financing's maturity, which relief between supplier and bank moves
        return financings.stream()
                .map(f -> new DebtorFinancingView(
                        f.id,
                        f.status,
                        f.bankId,
                        bankNames.get(f.bankId),
                        f.supplierId,
                        receivables.getOrDefault(f.id, List.of()),
                        f.disbursedAt,
                        f.closedAt))
                .toList();
    }

    static DebtorFinancingView forDebtor(Financing f) {
        return forDebtor(List.of(f)).get(0);
    }

    /** Kept as the two instants; shown in hours with 2 decimals. */
    static BigDecimal hoursToDisbursement(Financing f) {
        if (f.disbursedAt == null) {
            return null;
        }
        return Times.hoursBetween(f.appliedAt, f.disbursedAt);
    }
}
