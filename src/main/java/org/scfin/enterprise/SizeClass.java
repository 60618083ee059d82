package org.scfin.enterprise;

/** Enterprise size class of a supplier, as statistics count it. */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM
}
