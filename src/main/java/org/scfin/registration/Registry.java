package org.scfin.registration;

/** Where a registration was made. */
public enum Registry {
    /**
     * The national registry of movable-property financing, 动产融资统一登记公示系统, run by the Credit Reference Center of the
     * People's Bank of China ("Zhongdeng"): where assignments and pledges of receivables are registered.
     */
    ZHONGDENG,
    /** Any other registry, named in the bank's own records. */
    OTHER
}
