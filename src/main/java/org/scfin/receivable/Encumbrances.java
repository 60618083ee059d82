package org.scfin.receivable;

import java.util.Optional;
import org.scfin.security.Caller;

/**
 * Whether a receivable backs a live financing. Implemented by the financing feature; receivables ask it before a credit
 * note or a cancellation, which must not change what a bank lends against.
 */
public interface Encumbrances {

    /**
     * The live financing the receivable backs, if any, as the caller may name it: {@code live financing ID} where it
     * may see that financing, {@code a live financing} otherwise. Call it holding the receivable's row lock.
     */
    Optional<String> liveFinancingAsSeenBy(Caller caller, String receivableId);
}
