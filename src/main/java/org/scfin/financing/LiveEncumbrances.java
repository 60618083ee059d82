package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.scfin.receivable.Encumbrances;

@ApplicationScoped
public class LiveEncumbrances implements Encumbrances {

    @Override
    public Optional<String> liveFinancingOf(String receivableId) {
        return FinancingReceivable.<FinancingReceivable>find("key.receivableId = ?1 and liveClaim = 1", receivableId)
                .firstResultOptional().map(claim -> claim.key.financingId());
    }
}
