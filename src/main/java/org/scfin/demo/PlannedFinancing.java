package org.scfin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.scfin.common.Times;
import org.scfin.financing.DayCount;
import org.scfin.financing.FinancingTerms;
import org.scfin.financing.ImportItem;
import org.scfin.financing.ImportedRelief;
import org.scfin.receivable.ReceivableInput;

/**
 * One repaid financing of the demo's history and the receivable behind it: the core enterprise's ERP posts the
 * receivable (found again by its reference), and the financing is imported against it, within a pre-approved line when
 * {@code creditLineId} names one. Approved four hours before it was disbursed, and paid in full at its final maturity,
 * after the relief it received, if any.
 */
record PlannedFinancing(
        String coreEnterpriseId,
        String supplierId,
        String programId,
        String erpReference,
        BigDecimal faceValue,
        LocalDate issueDate,
        LocalDate maturity,
        BigDecimal principal,
        BigDecimal annualRate,
        Instant appliedAt,
        Instant disbursedAt,
        ImportedRelief relief,
        String creditLineId) {

    /** The receivable's face value when the bank advanced {@code principal}: 80% of it, to the fen above. */
    static BigDecimal faceFor(BigDecimal principal) {
        return principal.multiply(new BigDecimal("1.25")).setScale(2, RoundingMode.UP);
    }

    /** Paid at 10:00 in China, on the final maturity. */
    Instant settledAt() {
        LocalDate last = relief == null ? maturity : relief.newMaturityDate();
        return last.atTime(LocalTime.of(2, 0)).toInstant(ZoneOffset.UTC);
    }

    /**
     * Interest is taken upfront, so the principal is due at maturity, plus what relief added (or took off); a renewal
     * lends the principal again, at maturity, at its rate.
     */
    BigDecimal settledAmount() {
        if (relief == null) {
            return principal;
        }
        BigDecimal newRate = relief.annualRate() == null ? annualRate : relief.annualRate();
        LocalDate on = Times.businessDate(relief.at());
        if (relief.kind() == ImportedRelief.ReliefKind.RENEWAL) {
            return principal.add(FinancingTerms.interest(
                    principal, newRate, DayCount.days(on, relief.newMaturityDate()), DemoParties.DAY_COUNT));
        }
        return principal.add(FinancingTerms.reliefChange(
                principal,
                annualRate,
                newRate,
                on,
                valueDate(),
                maturity,
                relief.newMaturityDate(),
                DemoParties.DAY_COUNT));
    }

    LocalDate valueDate() {
        return Times.businessDate(disbursedAt);
    }

    ReceivableInput receivable() {
        return new ReceivableInput(
                null,
                supplierId,
                null,
                erpReference,
                List.of(erpReference.replace("AP", "INV")),
                faceValue,
                "CNY",
                issueDate,
                maturity);
    }

    ImportItem importItem(String receivableId) {
        return new ImportItem(
                programId,
                List.of(receivableId),
                principal,
                annualRate,
                valueDate(),
                appliedAt,
                disbursedAt.minus(Duration.ofHours(4)),
                disbursedAt,
                settledAt(),
                settledAmount(),
                relief == null ? null : List.of(relief),
                creditLineId);
    }
}
