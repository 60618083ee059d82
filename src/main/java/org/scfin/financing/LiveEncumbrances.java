package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.scfin.receivable.Encumbrances;
import org.scfin.security.Caller;

@ApplicationScoped
public class LiveEncumbrances implements Encumbrances {

    @Override
    public Optional<String> liveFinancingAsSeenBy(Caller caller, String receivableId) {
        return FinancingReceivable.<FinancingReceivable>find("key.receivableId = ?1 and liveClaim = 1", receivableId)
                .firstResultOptional()
                .map(claim -> FinancingQueries.liveFinancingAsSeenBy(caller, claim.key.financingId()));
    }
}
