package org.scfin.creditline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.scfin.common.FieldError;
import org.scfin.common.Money;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.RetriedOnConflict;
import org.scfin.common.Times;
import org.scfin.common.Violations;
import org.scfin.common.Where;
import org.scfin.enterprise.Supplier;
import org.scfin.enterprise.TaxGrade;
import org.scfin.product.CreditProduct;
import org.scfin.product.ServedRegions;
import org.scfin.region.Region;
import org.scfin.security.Caller;
import org.scfin.security.Role;

/**
 * Granting, cancelling and reading lines. A bank grants and cancels its own; the granting bank and the supplier read a
 * line, an admin every line, and another bank gets a 404 as if it did not exist.
 */
@ApplicationScoped
@RetriedOnConflict
public class CreditLineService {

    public static final List<String> SORTABLE = List.of("createdAt", "expiresOn", "amount");

    @Inject
    SupplierGrades grades;

    @Transactional
    public LineView grant(Caller caller, LineInput input) {
        caller.require(Role.BANK);
        Violations violations = new Violations();
        CreditProduct product = CreditProduct.findById(input.productId());
        boolean ownProduct = product != null && product.bankId.equals(caller.partyId());
        violations.require(
                ownProduct, "productId", "known-product", "no product " + input.productId() + " of this bank");
        Supplier supplier = Supplier.findById(input.supplierId());
        violations.require(supplier != null, "supplierId", "known-supplier", "must be the id of an existing supplier");
        if (ownProduct && supplier != null) {
            violations.require(
                    ServedRegions.serves(product, Region.findById(supplier.regionCode)),
                    "supplierId",
                    "served-region",
                    "is registered in region " + supplier.regionCode + ", which the product does not serve");
            requireEligible(product, supplier, violations);
        }
        violations.require(
                !input.expiresOn().isBefore(Times.today()), "expiresOn", "not-before-today", "must be today or later");
        violations.throwIfAny();
        if (!product.isPublished()) {
            throw ProblemException.conflict(
                    "product " + product.id + " is withdrawn and takes no new lines",
                    new FieldError("productId", "published-product", "the product is withdrawn"));
        }
        CreditLine line = new CreditLine();
        line.bankId = caller.partyId();
        line.supplierId = supplier.id;
        line.productId = product.id;
        line.amount = Money.of(input.amount()).amount();
        line.usedAmount = Money.ZERO.amount();
        line.expiresOn = input.expiresOn();
        line.status = CreditLineStatus.LIVE;
        line.persistAndFlush();
        return LineView.of(line);
    }

    /**
     * A product naming a minimum tax grade takes lines only for suppliers whose public grade meets it today; a grade
     * the supplier keeps non-public does not count, as the bank could not have read it without consent.
     */
    private void requireEligible(CreditProduct product, Supplier supplier, Violations violations) {
        if (product.minTaxGrade == null) {
            return;
        }
        TaxGrade grade =
                grades.publicTaxGrade(supplier.creditCode, Times.today()).orElse(null);
        violations.require(
                grade != null && grade.meets(product.minTaxGrade),
                "supplierId",
                "meets-product-eligibility",
                (grade == null ? "has no public tax grade" : "has public tax grade " + grade)
                        + ", and the product asks for " + product.minTaxGrade + " or better");
    }

    /**
     * No approval uses the line any more; financings already approved within it run their course and still give back
     * what they hold.
     */
    @Transactional
    public LineView cancel(Caller caller, String id) {
        caller.require(Role.BANK);
        CreditLine line = CreditLine.lockOfBank(id, caller.partyId())
                .orElseThrow(() -> ProblemException.notFound("credit line", id));
        line.cancel(Times.now());
        CreditLine.flush();
        return LineView.of(line);
    }

    public LineView get(Caller caller, String id) {
        Where where = visibleTo(caller, new Where().and("id = :id", "id", id));
        return CreditLine.<CreditLine>find(where.query(), where.params())
                .firstResultOptional()
                .map(LineView::of)
                .orElseThrow(() -> ProblemException.notFound("credit line", id));
    }

    public PageView<LineView> list(
            Caller caller, String supplierId, String productId, CreditLineStatus status, PageRequest page) {
        Where where = visibleTo(
                caller,
                new Where()
                        .and("supplierId = :supplier", "supplier", supplierId)
                        .and("productId = :product", "product", productId));
        where.andStatusExpiring(status, CreditLineStatus.LIVE, CreditLineStatus.EXPIRED, Times.today());
        return page.fetch(CreditLine.<CreditLine>find(where.query(), page.sort(), where.params()), LineView::of);
    }

    private static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN -> where;
            case BANK -> where.and("bankId = :ownBank", "ownBank", caller.partyId());
            case SUPPLIER -> where.and("supplierId = :ownSupplier", "ownSupplier", caller.partyId());
            default -> throw ProblemException.forbidden("role " + caller.role().tokenName() + " has no credit lines");
        };
    }
}
