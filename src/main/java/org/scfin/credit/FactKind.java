package org.scfin.credit;

/** What a credit fact says; each kind carries its own value fields (see {@link FactRules}). */
public enum FactKind {
    /** The State Taxation Administration's tax credit grade: field grade. */
    TAX_GRADE,
    /** Employees paying social insurance: field headcount. */
    SOCIAL_INSURANCE,
    /** How water, power or gas bills were paid: paymentStatus over monthsCovered months up to asOf. */
    UTILITY_PAYMENT,
    /** A court judgment naming the enterprise: caseNumber, role, amount; asOf is the date of judgment. */
    COURT_JUDGMENT,
    /** An administrative penalty: decisionNumber, authority, amount; asOf is the date of decision. */
    ADMINISTRATIVE_PENALTY
}
