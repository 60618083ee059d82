package org.scfin.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.common.VersionedEntity;

/**
 * An initial registration and what the filings on it have made of it: what it covers and until when it is live. Live on
 * every day from {@code registeredOn} until the day before {@code expiresOn}, and not on or after a cancellation.
 */
@Entity
@Table(name = "registration")
public class Registration extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "registry")
    public Registry registry;

    /** The initial registration's number, which its later filings refer to. */
    @Column(name = "registration_number")
    public String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "encumbrance")
    public Encumbrance encumbrance;

    @Column(name = "financing_id", columnDefinition = "char(13)")
    public String financingId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "debtor_credit_code", columnDefinition = "char(18)")
    public String debtorCreditCode;

    @Column(name = "creditor_credit_code", columnDefinition = "char(18)")
    public String creditorCreditCode;

    @Column(name = "assignee_credit_code", columnDefinition = "char(18)")
    public String assigneeCreditCode;

    @Column(name = "amount", precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    /** Every filing writes it, so that two filings on one registration collide on a cluster (see the migration). */
    @Column(name = "filing_count")
    public int filingCount;

    public boolean isLiveOn(LocalDate date) {
        return !date.isBefore(registeredOn)
                && date.isBefore(expiresOn)
                && (cancelledOn == null || date.isBefore(cancelledOn));
    }

    /**
     * {@link #isLiveOn} as a query condition on the parameter {@code :day}, with {@code prefix} before each attribute:
     * the entity's alias and a dot, or nothing.
     */
    static String liveOn(String prefix) {
        return live(prefix + "registeredOn", prefix + "expiresOn", prefix + "cancelledOn", ":day");
    }

    /** {@link #liveOn} in SQL over the columns of the table aliased {@code alias}: the day is three {@code ?}. */
    static String liveOnSql(String alias) {
        return live(alias + ".registered_on", alias + ".expires_on", alias + ".cancelled_on", "?");
    }

    private static String live(String registeredOn, String expiresOn, String cancelledOn, String day) {
        return "(" + registeredOn + " <= " + day + " and " + expiresOn + " > " + day + " and (" + cancelledOn
                + " is null or " + cancelledOn + " > " + day + "))";
    }
}
