package org.scfin.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.common.Violations;
import org.scfin.creditline.CreditLine;
import org.scfin.creditline.CreditLineStatus;
import org.scfin.product.CreditProduct;

/**
 * A financing approved within a pre-approved line: the line is the approving bank's, for the financing's supplier, live
 * and not expired, and the principal fits what is left of it and the product's maximum amount, term and rate range. The
 * line's used amount is taken at approval and given back once, in the transaction that ends the financing (rejection
 * after approval, settlement, renewal), as the program's reservation is; the line's row is locked after the financing's
 * and the program's, so every path takes the locks in the same order.
 */
final class CreditLinePolicy {

    static final String FIELD = "creditLineId";

    private CreditLinePolicy() {}

    /**
     * The line, locked, once every rule holds: 422 for what the request got wrong (another bank's or supplier's line,
     * terms outside the product), 409 for what the line's state stands in the way of (cancelled, expired, used up).
     */
    static CreditLine requireUsable(
            Financing f, String lineId, FinancingTerms terms, BigDecimal annualRate, LocalDate today) {
        CreditLine line = CreditLine.lockOfBank(lineId, f.bankId).orElse(null);
        Violations violations = new Violations();
        if (granted(violations, line, lineId, f.supplierId)) {
            requireWithinProduct(violations, line, terms, annualRate);
        }
        violations.throwIfAny();
        Optional<FieldError> clash = stateClash(FIELD, line, today, terms.principal());
        if (clash.isPresent()) {
            throw ProblemException.conflict(clash.get().message(), clash.get());
        }
        return line;
    }

    /**
     * An imported financing that was lent within {@code line} (null: no such line of the program's bank), by the rules
     * of a live approval on the day of approval; {@code held} is the financing's principal and what the batch's earlier
     * items still hold in the line. Errors of the item go to {@code v}; the line's state to {@code clashes} (409).
     */
    static void checkImported(
            Violations v,
            List<FieldError> clashes,
            String itemPrefix,
            CreditLine line,
            String lineId,
            String supplierId,
            FinancingTerms terms,
            BigDecimal annualRate,
            LocalDate approvedOn,
            BigDecimal held) {
        if (granted(v, line, lineId, supplierId)) {
            requireWithinProduct(v, line, terms, annualRate);
            stateClash(itemPrefix + FIELD, line, approvedOn, held).ifPresent(clashes::add);
        }
    }

    /** Whether {@code line} (null: none of the approving bank) is there and granted to the supplier; errors to v. */
    private static boolean granted(Violations v, CreditLine line, String lineId, String supplierId) {
        if (line == null) {
            v.add(FIELD, "known-credit-line", "no credit line " + lineId + " of the approving bank");
            return false;
        }
        if (!line.supplierId.equals(supplierId)) {
            v.add(FIELD, "same-supplier", "is granted to another supplier than the financing's " + supplierId);
            return false;
        }
        return true;
    }

    /**
     * What the line's state stands against lending {@code amount} within it on {@code day}: not live, or too little
     * left.
     */
    private static Optional<FieldError> stateClash(String field, CreditLine line, LocalDate day, BigDecimal amount) {
        CreditLineStatus status = line.statusOn(day);
        if (status != CreditLineStatus.LIVE) {
            return Optional.of(new FieldError(
                    field,
                    "live-credit-line",
                    "credit line " + line.id + " is " + status + " on " + day + " (expires " + line.expiresOn + ")"));
        }
        if (amount.compareTo(line.available().amount()) > 0) {
            return Optional.of(new FieldError(
                    field,
                    "within-credit-line",
                    "lending " + amount.toPlainString() + " within credit line " + line.id
                            + " exceeds what is left of it, "
                            + line.available().amount().toPlainString()));
        }
        return Optional.empty();
    }

    /** The principal, rate and term within the line's product: the same for a live approval and an import. */
    private static void requireWithinProduct(
            Violations violations, CreditLine line, FinancingTerms terms, BigDecimal annualRate) {
        CreditProduct product = CreditProduct.findById(line.productId);
        Rate min = Rate.of(product.rateMin);
        Rate max = Rate.of(product.rateMax);
        violations.require(
                Rate.of(annualRate).isWithin(min, max),
                "annualRate",
                "within-product-range",
                "must be within the line's product range " + min + " to " + max);
        violations.require(
                terms.principal().compareTo(product.maxAmount) <= 0,
                FIELD,
                "within-product-amount",
                "principal " + terms.principal().toPlainString() + " exceeds the product's maximum "
                        + product.maxAmount.toPlainString());
        violations.require(
                terms.days() <= product.maxTermDays,
                "valueDate",
                "within-product-term",
                "leaves " + terms.days() + " days to maturity; the line's product lends for at most "
                        + product.maxTermDays);
    }

    /** Gives back the principal a financing held in its line, if it was lent under one. */
    static void release(Financing f) {
        if (f.creditLineId != null) {
            CreditLine.lockOfBank(f.creditLineId, f.bankId).orElseThrow().release(f.principal);
        }
    }
}
