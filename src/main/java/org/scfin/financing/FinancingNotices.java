package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.scfin.notice.CollectionAccount;
import org.scfin.notice.NoticeDraft;
import org.scfin.notice.Notices;

/**
 * The notices a financing's changes issue to the core enterprise: an assignment at disbursement (live or imported), a
 * replacement at renewal or when the program's collection account changes, a release at full settlement. An assignment
 * or replacement names the program's collection account, so a program without one cannot assign receivables (409 naming
 * {@code collectionAccount}).
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

    /**
     * The program's collection account changed: each financing of it whose receivables are assigned gets a replacement
     * naming the new account (its first notice, an assignment, if it was disbursed before notices existed). The
     * financings' rows are locked in id order, so a settlement or renewal of one of them waits for this change instead
     * of superseding the same notice beside it.
     */
    void accountChanged(FinancingProgram program) {
        CollectionAccount account = program.collectionAccount();
        List<Financing> assigned = Financing.<Financing>find(
                        "programId = ?1 and status = ?2 order by id", program.id, FinancingStatus.DISBURSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        for (Financing f : assigned) {
            notices.replace(f.id, draft(f, FinancingService.receivableIdsOf(f), account));
        }
    }

    void settled(Financing f, List<String> receivableIds) {
        notices.release(draft(f, receivableIds, null));
    }

    private static NoticeDraft draft(Financing f, List<String> receivableIds, CollectionAccount account) {
        return new NoticeDraft(f.id, f.coreEnterpriseId, f.supplierId, f.bankId, receivableIds, account);
    }
}
