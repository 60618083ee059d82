package org.scfin.financing;

/** When the supplier pays the interest. */
public enum InterestMode {
    /** Discount: interest is deducted at disbursement, the supplier receives principal minus interest. */
    UPFRONT,
    /** The supplier receives the whole principal; the bank collects principal plus interest at maturity. */
    AT_MATURITY
}
