package org.scfin.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.scfin.common.Ids;
import org.scfin.common.Money;
import org.scfin.common.ProblemException;
import org.scfin.common.Rate;
import org.scfin.common.Times;
import org.scfin.common.VersionedEntity;
import org.scfin.creditline.CreditLine;

/**
 * A bank's advance against one or more confirmed receivables of one supplier. It is made by its factories (an
 * application, a renewal, an import) and changed by its transitions, each of which first checks the status it starts
 * from: a transition from any other status is a 409 that changes nothing.
 */
@Entity
@Table(name = "financing")
public class Financing extends VersionedEntity {

    @Column(name = "program_id", columnDefinition = "char(13)")
    public String programId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "supplier_region_code", columnDefinition = "char(6)")
    public String supplierRegionCode;

    /** As stored: never OVERDUE; see {@link #statusOn(LocalDate)}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public FinancingStatus status;

    @Column(name = "requested_amount", precision = 19, scale = 2)
    public BigDecimal requestedAmount;

    @Column(name = "face_value", precision = 19, scale = 2)
    public BigDecimal faceValue;

    @Column(name = "maturity_date")
    public LocalDate maturityDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_count")
    public DayCount dayCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest_mode")
    public InterestMode interestMode;

    @Column(name = "advance_ratio", precision = 5, scale = 2)
    public BigDecimal advanceRatio;

    @Column(name = "annual_rate", precision = 7, scale = 4)
    public BigDecimal annualRate;

    @Column(name = "value_date")
    public LocalDate valueDate;

    @Column(name = "principal", precision = 19, scale = 2)
    public BigDecimal principal;

    @Column(name = "interest", precision = 19, scale = 2)
    public BigDecimal interest;

    @Column(name = "net_amount", precision = 19, scale = 2)
    public BigDecimal netAmount;

    @Column(name = "amount_due", precision = 19, scale = 2)
    public BigDecimal amountDue;

    @Column(name = "settled_amount", precision = 19, scale = 2)
    public BigDecimal settledAmount;

    @Column(name = "spread_lpr_bp")
    public Integer spreadLprBp;

    @Column(name = "spread_regional_bp")
    public Integer spreadRegionalBp;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason_code")
    public RejectionReason rejectReasonCode;

    @Column(name = "renewal_of_id", columnDefinition = "char(13)")
    public String renewalOfId;

    /** The pre-approved line it was approved within, whose used amount holds its principal until it ends. */
    @Column(name = "credit_line_id", columnDefinition = "char(13)")
    public String creditLineId;

    /** The rate coupon applied at approval: the financing's rate is {@link #rateBeforeCoupon} less its cut. */
    @Column(name = "coupon_id", columnDefinition = "char(13)")
    public String couponId;

    @Column(name = "rate_before_coupon", precision = 7, scale = 4)
    public BigDecimal rateBeforeCoupon;

    /** principal x cut x days / year days over the term approved; relief later does not change it. */
    @Column(name = "interest_saved", precision = 19, scale = 2)
    public BigDecimal interestSaved;

    @Column(name = "applied_by")
    public String appliedBy;

    @Column(name = "applied_at")
    public Instant appliedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "disbursed_at")
    public Instant disbursedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** A supplier's application (its own, or a bank's on its behalf) against receivables of one due date. */
    static Financing application(
            FinancingProgram program,
            String supplierId,
            String supplierRegionCode,
            BigDecimal requestedAmount,
            BigDecimal faceValue,
            LocalDate maturity,
            String appliedBy,
            Instant appliedAt) {
        Financing f = underProgram(program, supplierId, supplierRegionCode, faceValue, maturity);
        f.status = FinancingStatus.APPLIED;
        f.requestedAmount = Money.of(requestedAmount).amount();
        f.appliedBy = appliedBy;
        f.appliedAt = appliedAt;
        return f;
    }

    /**
     * A new financing that lends what is still due on {@code old} from {@code valueDate}, disbursed at once: its
     * proceeds repay the old financing, so nothing is paid out and the interest is collected at maturity.
     */
    static Financing renewalOf(
            Financing old,
            BigDecimal principal,
            BigDecimal annualRate,
            LocalDate valueDate,
            LocalDate maturity,
            String appliedBy,
            Instant at) {
        Financing renewal = new Financing();
        renewal.id = Ids.newId();
        renewal.programId = old.programId;
        renewal.bankId = old.bankId;
        renewal.coreEnterpriseId = old.coreEnterpriseId;
        renewal.supplierId = old.supplierId;
        renewal.supplierRegionCode = old.supplierRegionCode;
        renewal.renewalOfId = old.id;
        renewal.requestedAmount = principal;
        renewal.faceValue = old.faceValue;
        renewal.dayCount = old.dayCount;
        renewal.interestMode = InterestMode.AT_MATURITY;
        renewal.advanceRatio = old.advanceRatio;
        renewal.annualRate = Rate.of(annualRate).percent();
        renewal.valueDate = valueDate;
        renewal.maturityDate = maturity;
        renewal.principal = principal;
        renewal.interest = FinancingTerms.interest(
                principal, renewal.annualRate, DayCount.days(valueDate, maturity), renewal.dayCount);
        renewal.netAmount = Money.ZERO.amount();
        renewal.amountDue = principal.add(renewal.interest);
        renewal.settledAmount = Money.ZERO.amount();
        renewal.status = FinancingStatus.DISBURSED;
        renewal.appliedBy = appliedBy;
        renewal.appliedAt = at;
        renewal.approvedAt = at;
        renewal.disbursedAt = at;
        return renewal;
    }

    /**
     * A financing that was applied for, approved and disbursed before the platform recorded it, on its real dates and
     * terms; nothing paid yet (an import records its relief, then its payment, through the transitions).
     */
    static Financing imported(
            FinancingProgram program,
            String supplierId,
            String supplierRegionCode,
            ImportItem item,
            BigDecimal faceValue,
            LocalDate maturity,
            BigDecimal advanceRatio,
            FinancingTerms terms,
            String appliedBy) {
        Financing f = underProgram(program, supplierId, supplierRegionCode, faceValue, maturity);
        f.status = FinancingStatus.DISBURSED;
        f.requestedAmount = Money.of(item.principal()).amount();
        f.advanceRatio = advanceRatio;
        f.annualRate = Rate.of(item.annualRate()).percent();
        f.valueDate = item.valueDate();
        f.setTerms(terms);
        f.appliedBy = appliedBy;
        f.appliedAt = item.appliedAt();
        f.approvedAt = item.approvedAt();
        f.disbursedAt = item.disbursedAt();
        return f;
    }

    private static Financing underProgram(
            FinancingProgram program,
            String supplierId,
            String supplierRegionCode,
            BigDecimal faceValue,
            LocalDate maturity) {
        Financing f = new Financing();
        f.id = Ids.newId();
        f.programId = program.id;
        f.bankId = program.bankId;
        f.coreEnterpriseId = program.coreEnterpriseId;
        f.supplierId = supplierId;
        f.supplierRegionCode = supplierRegionCode;
        f.faceValue = faceValue;
        f.maturityDate = maturity;
        f.dayCount = program.dayCount;
        f.interestMode = program.interestMode;
        f.settledAmount = Money.ZERO.amount();
        return f;
    }

    /**
     * This financing as it stood when it was paid out, as a copy that is never persisted: the opening
     * {@code annualRate} and {@code maturity}, what was due before any relief, nothing paid yet. Statistics replay
     * history on it.
     */
    Financing atDisbursement(BigDecimal amountDueBeforeRelief, BigDecimal openingRate, LocalDate openingMaturity) {
        Financing copy = new Financing();
        copy.id = id;
        copy.renewalOfId = renewalOfId;
        copy.supplierId = supplierId;
        copy.coreEnterpriseId = coreEnterpriseId;
        copy.bankId = bankId;
        copy.creditLineId = creditLineId;
        copy.supplierRegionCode = supplierRegionCode;
        copy.appliedAt = appliedAt;
        copy.disbursedAt = disbursedAt;
        copy.principal = principal;
        copy.amountDue = amountDueBeforeRelief;
        copy.settledAmount = Money.ZERO.amount();
        copy.annualRate = openingRate;
        copy.maturityDate = openingMaturity;
        return copy;
    }

    void requireCanApprove() {
        requireStatus("approve", FinancingStatus.APPLIED);
    }

    /** The bank's terms, from the value date: the principal they lend is what the program reserves. */
    void approve(
            BigDecimal advanceRatio, BigDecimal annualRate, LocalDate valueDate, FinancingTerms terms, Instant at) {
        requireCanApprove();
        status = FinancingStatus.APPROVED;
        this.advanceRatio = FinancingTerms.ratio(advanceRatio);
        this.annualRate = Rate.of(annualRate).percent();
        this.valueDate = valueDate;
        setTerms(terms);
        approvedAt = at;
    }

    /** Approved within a pre-approved line, whose used amount now holds this financing's principal. */
    void lendUnder(CreditLine line) {
        requireCanApprove();
        creditLineId = line.id;
    }

    /** Approved with a rate coupon: the bank's rate before the cut, and the interest the cut saves. */
    void cutBy(String couponId, BigDecimal rateBeforeCoupon, BigDecimal interestSaved) {
        this.couponId = couponId;
        this.rateBeforeCoupon = Rate.of(rateBeforeCoupon).percent();
        this.interestSaved = interestSaved;
    }

    private void setTerms(FinancingTerms terms) {
        principal = terms.principal();
        interest = terms.interest();
        netAmount = terms.netAmount();
        amountDue = terms.amountDueAtMaturity();
    }

    void requireCanReject() {
        requireStatus("reject", FinancingStatus.APPLIED, FinancingStatus.APPROVED);
    }

    /** The bank refuses an application, or withdraws its approval (the caller frees the principal it reserved). */
    void reject(RejectionReason reason, Instant at) {
        requireCanReject();
        status = FinancingStatus.REJECTED;
        rejectReasonCode = reason;
        close(at);
    }

    void cancel(Instant at) {
        requireStatus("cancel", FinancingStatus.APPLIED);
        status = FinancingStatus.CANCELLED;
        close(at);
    }

    /** Pays out an approved financing: never on or after maturity, when there would be nothing left to finance. */
    void disburse(LocalDate today, Instant at) {
        requireStatus("disburse", FinancingStatus.APPROVED);
        if (!maturityDate.isAfter(today)) {
            throw ProblemException.conflict("the financing matures " + maturityDate
                    + ": nothing can be disbursed on or after" + " maturity; reject the approval instead");
        }
        status = FinancingStatus.DISBURSED;
        disbursedAt = at;
    }

    void requireCanSettle() {
        requireStatus("settle", FinancingStatus.DISBURSED);
    }

    /**
     * Records a payment; returns whether all that is due is now paid, so that the financing is to be {@link #settle
     * settled}.
     */
    boolean pay(BigDecimal amount) {
        requireCanSettle();
        settledAmount = settledAmount.add(amount);
        return isPaidUp();
    }

    private boolean isPaidUp() {
        return settledAmount.compareTo(amountDue) == 0;
    }

    /** Once all that is due is paid: settled, and its receivables are released. */
    void settle(Instant at) {
        requireCanSettle();
        if (!isPaidUp()) {
            throw new IllegalStateException("financing " + id + " is settled with " + outstanding() + " still due");
        }
        status = FinancingStatus.SETTLED;
        close(at);
    }

    /** Relief (extension, restructuring, renewal) is for a disbursed financing only. */
    void requireRelievable(String action) {
        if (status != FinancingStatus.DISBURSED) {
            throw ProblemException.conflict("cannot " + action + " a financing in status " + statusOn(Times.today())
                    + ": relief applies to disbursed financings");
        }
    }

    /**
     * Extends or restructures: a new maturity and rate, and {@code change} added to the interest and to what is due.
     */
    void extend(LocalDate newMaturity, BigDecimal newRate, BigDecimal change) {
        requireRelievable("extend");
        interest = interest.add(change);
        amountDue = amountDue.add(change);
        maturityDate = newMaturity;
        annualRate = newRate;
    }

    /** Repaid in full by its renewal: settled, and its receivables released for the renewal to claim. */
    void settleByRenewal(Instant at) {
        requireRelievable("renew");
        settledAmount = amountDue;
        status = FinancingStatus.SETTLED;
        close(at);
    }

    private void close(Instant at) {
        closedAt = at;
        FinancingReceivable.release(id);
    }

    private void requireStatus(String action, FinancingStatus... from) {
        if (!Arrays.asList(from).contains(status)) {
            throw ProblemException.conflict("cannot " + action + " a financing in status " + statusOn(Times.today()));
        }
    }

    /** The status a caller reads on {@code today}: a disbursed financing past maturity with money due is OVERDUE. */
    public FinancingStatus statusOn(LocalDate today) {
        return status == FinancingStatus.DISBURSED && maturityDate.isBefore(today) ? FinancingStatus.OVERDUE : status;
    }

    /** Principal not yet repaid: payments count against interest due first, then principal. */
    BigDecimal outstandingPrincipal() {
        return principal.min(outstanding());
    }

    BigDecimal outstanding() {
        return amountDue == null ? null : amountDue.subtract(settledAmount);
    }
}
