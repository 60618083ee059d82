package org.scfin.demo;

import org.scfin.enterprise.SizeClass;

/**
 * A Jinchang supplier as the credit-information scene needs it: its credit code for the facts, its size for its
 * headcount, and whether it was credit white (no credit record) when it came onto the platform.
 */
record JinchangSupplier(String id, String creditCode, SizeClass size, boolean creditWhite) {}
