package org.scfin.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.common.FieldError;
import org.scfin.common.Money;
import org.scfin.common.ProblemException;
import org.scfin.common.VersionedEntity;
import org.scfin.notice.CollectionAccount;

/** A bank's line for one core enterprise's payables: its limit, pricing bounds and conventions. */
@Entity
@Table(name = "financing_program")
public class FinancingProgram extends VersionedEntity {

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "credit_limit", precision = 19, scale = 2)
    public BigDecimal creditLimit;

    /** Approved principal not yet settled: what counts against the limit. Changed only under the program's row lock. */
    @Column(name = "reserved_principal", precision = 19, scale = 2)
    public BigDecimal reservedPrincipal;

    @Column(name = "max_advance_ratio", precision = 5, scale = 2)
    public BigDecimal maxAdvanceRatio;

    @Column(name = "rate_floor", precision = 7, scale = 4)
    public BigDecimal rateFloor;

    @Column(name = "rate_cap", precision = 7, scale = 4)
    public BigDecimal rateCap;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_count")
    public DayCount dayCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest_mode")
    public InterestMode interestMode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public ProgramStatus status;

    /** Null on a program created before programs had one, until its bank sets it. */
    @Column(name = "collection_account_name")
    public String collectionAccountName;

    @Column(name = "collection_account_number")
    public String collectionAccountNumber;

    @Column(name = "collection_branch_name")
    public String collectionBranchName;

    /** Whether a financing of the program is disbursed only with a live registration of its receivables. */
    @Column(name = "registration_required")
    public boolean registrationRequired;

    boolean isOpenOn(LocalDate date) {
        return status == ProgramStatus.ACTIVE && !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    /** Applications, approvals and renewals need an active program within its validity: 409 otherwise. */
    void requireOpenOn(LocalDate date, String what) {
        if (!isOpenOn(date)) {
            throw ProblemException.conflict("program " + id + " takes no " + what + " (" + status + ", valid "
                    + validFrom + " to " + validTo + ")");
        }
    }

    /**
     * A notice of assignment names the account to pay: no receivable is assigned under a program without one (409
     * naming {@code collectionAccount}, until the bank sets it with a PATCH).
     */
    CollectionAccount requireCollectionAccount(String what) {
        CollectionAccount account = collectionAccount();
        if (account == null) {
            throw ProblemException.conflict(
                    "program " + id + " has no collection account to name on the notice of assignment; its bank sets"
                            + " collectionAccount with PATCH /api/v1/programs/" + id + " before any " + what,
                    new FieldError(
                            "collectionAccount", "required-for-notice", "the program needs a collection account"));
        }
        return account;
    }

    /** The account notices of assignment name, or null on a program created before programs had one. */
    CollectionAccount collectionAccount() {
        return CollectionAccount.ofColumns(collectionAccountName, collectionAccountNumber, collectionBranchName);
    }

    void setCollectionAccount(CollectionAccount account) {
        collectionAccountName = account.accountName();
        collectionAccountNumber = account.accountNumber();
        collectionBranchName = account.branchName();
    }

    /**
     * Holds {@code principal} of the limit for a financing until it is settled or withdrawn. The caller has checked it
     * fits ({@link CreditLimitPolicy}) under this program's row lock.
     */
    void reserve(BigDecimal principal) {
        reservedPrincipal = reservedPrincipal.add(principal);
    }

    /** Gives back {@code principal} a financing held: its approval was withdrawn, it was settled or renewed. */
    void release(BigDecimal principal) {
        reservedPrincipal = reservedPrincipal.subtract(principal);
    }

    /** What the program may still lend: its limit less what is reserved, or nothing once a lowered limit is passed. */
    Money availableLimit() {
        return Money.of(creditLimit).minus(Money.of(reservedPrincipal)).max(Money.ZERO);
    }

    /** The most this program lends against receivables of this face value. */
    BigDecimal advanceable(BigDecimal faceValue) {
        return FinancingTerms.advanceable(faceValue, maxAdvanceRatio);
    }
}
