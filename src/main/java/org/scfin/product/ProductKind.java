package org.scfin.product;

/** What secures a product's loans: nothing (pure credit), receivables, a pledge or a guarantee. */
public enum ProductKind {
    PURE_CREDIT,
    RECEIVABLES,
    PLEDGE,
    GUARANTEE
}
