package org.scfin.registration;

/** What a registration registers: the receivables assigned to the bank (factoring), or pledged to it. */
public enum Encumbrance {
    /** 应收账款转让 */
    ASSIGNMENT,
    /** 应收账款质押 */
    PLEDGE
}
