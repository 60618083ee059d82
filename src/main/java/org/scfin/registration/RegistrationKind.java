package org.scfin.registration;

/**
 * The filings the registry knows. An initial registration has a number of its own and a term; a change, an extension or
 * a cancellation is a filing with its own number that refers to the initial registration's number.
 */
public enum RegistrationKind {
    /** 初始登记: registers the assignment or pledge for a term of 1 to 30 years. */
    INITIAL,
    /** 变更登记: changes what is registered (here: the invoices covered, the amount). */
    CHANGE,
    /** 展期登记: adds 1 to 30 years to the term, while the registration is live. */
    EXTENSION,
    /** 注销登记: ends the registration, for example once the financing is repaid. */
    CANCELLATION
}
