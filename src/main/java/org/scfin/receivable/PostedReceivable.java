package org.scfin.receivable;

/** One receivable of a post: newly created, or an identical one that was already there (a safe re-post). */
public record PostedReceivable(ReceivableView receivable, boolean created) {}
