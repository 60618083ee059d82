package org.scfin.credit;

/** Why a bank is alerted about a borrower: its public record got worse. */
public enum AlertReason {
    /** A court judgment against the enterprise (as defendant) not known before. */
    NEW_COURT_JUDGMENT,
    /** An administrative penalty not known before. */
    NEW_ADMINISTRATIVE_PENALTY,
    /** A tax credit grade below the one the profile showed. */
    LOWER_TAX_GRADE
}
