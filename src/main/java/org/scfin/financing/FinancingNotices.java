package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.scfin.notice.CollectionAccount;
import org.scfin.notice.NoticeDraft;
import org.scfin.notice.Notices;

/**
 * The notices a financing's changes issue to the core enterprise: an assignment at disbursement (live or imported), a
 * replacement at renewal, a release at full settlement. An assignment or replacement names the program's collection
 * account, so a program without one cannot assign receivables (409 naming {@code collectionAccount}).
 */
@ApplicationScoped
class FinancingNotices {

    @Inject
    Notices notices;

    void assigned(Financing f, FinancingProgram program, List<String> receivableIds) {
        notices.assign(draft(f, receivableIds, program.requireCollectionAccount("disbursement")));
    }

    void renewed(Financing old, Financing renewal, FinancingProgram program, List<String> receivableIds) {
        notices.replace(old.id, draft(renewal, receivableIds, program.requireCollectionAccount("renewal")));
    }

    void settled(Financing f, List<String> receivableIds) {
        notices.release(draft(f, receivableIds, null));
    }

    private static NoticeDraft draft(Financing f, List<String> receivableIds, CollectionAccount account) {
        return new NoticeDraft(f.id, f.coreEnterpriseId, f.supplierId, f.bankId, receivableIds, account);
    }
}
