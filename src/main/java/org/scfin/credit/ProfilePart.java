package org.scfin.credit;

/** How much of a profile a read returns. */
public enum ProfilePart {
    /** The public facts only: any bank may read them. */
    PUBLIC,
    /** Every fact: the enterprise itself, an admin, or a bank with the supplier's live consent. */
    FULL
}
