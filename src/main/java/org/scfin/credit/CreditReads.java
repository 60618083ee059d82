package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.Where;
import org.scfin.security.Caller;

/** The record of bank reads: a supplier lists who read its profile, a bank its own reads, an admin all of them. */
@ApplicationScoped
public class CreditReads {

    public static final List<String> SORTABLE = List.of("readAt");

    public record Filter(
            String bankId, String supplierId, String regionCode, Boolean nonPublic, LocalDate from, LocalDate to) {}

    public PageView<CreditReadView> list(Caller caller, Filter filter, PageRequest page) {
        Where where = caller.ownPartyRows(
                new Where()
                        .and("bankId = :bank", "bank", filter.bankId())
                        .and("supplierId = :supplier", "supplier", filter.supplierId())
                        .and("regionCode = :region", "region", filter.regionCode())
                        .and("nonPublic = :nonPublic", "nonPublic", filter.nonPublic())
                        .and("readDate >= :from", "from", filter.from())
                        .and("readDate <= :to", "to", filter.to()),
                "credit profile reads");
        return page.fetch(CreditRead.<CreditRead>find(where.query(), page.sort(), where.params()), CreditReadView::of);
    }
}
