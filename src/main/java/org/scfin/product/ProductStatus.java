package org.scfin.product;

/** A product is in the pool until its bank withdraws it; a withdrawn product takes no new lines. */
public enum ProductStatus {
    PUBLISHED,
    WITHDRAWN
}
