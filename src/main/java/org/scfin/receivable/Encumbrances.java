package org.scfin.receivable;

import java.util.Optional;

/**
 * Whether a receivable backs a live financing. Implemented by the financing feature; receivables ask it before a
 * credit note or a cancellation, which must not change what a bank lends against.
 */
public interface Encumbrances {

    /** The live financing the receivable backs, if any. Call it holding the receivable's row lock. */
    Optional<String> liveFinancingOf(String receivableId);
}
