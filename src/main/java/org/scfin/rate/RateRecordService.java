package org.scfin.rate;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.Where;
import org.scfin.region.RegionSubtree;
import org.scfin.security.Caller;

/** The rate records: a bank reads its own, a dashboard those of its region's subtree, an admin all. */
@ApplicationScoped
public class RateRecordService {

    public static final List<String> SORTABLE = List.of("rateDate", "annualRate", "principal");

    public record Filter(
            String bankId, String regionCode, String kind, String financingId, LocalDate from, LocalDate to) {}

    public PageView<RateRecordView> list(Caller caller, Filter filter, PageRequest page) {
        Optional<RateRecordKind> kind = RateRecordKind.named(filter.kind());
        Where where = visibleTo(
                caller,
                new Where()
                        .and("bankId = :bank", "bank", filter.bankId())
                        .and(RegionSubtree.clause("regionCode", "filterRegion"), "filterRegion", filter.regionCode())
                        .and("kind = :kind", "kind", kind.orElse(null))
                        .and("financingId = :financing", "financing", filter.financingId())
                        .and("rateDate >= :from", "from", filter.from())
                        .and("rateDate <= :to", "to", filter.to()));
        if (filter.kind() != null && kind.isEmpty()) {
            // no record is of a kind that does not exist: an empty page, as for any filter nothing matches
            where.and("1 = 0");
        }
        return page.fetch(RateRecord.<RateRecord>find(where.query(), page.sort(), where.params()), RateRecordView::of);
    }

    private static Where visibleTo(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN -> where;
            case BANK -> where.and("bankId = :ownBank", "ownBank", caller.partyId());
            case DASHBOARD ->
                caller.partyId() == null
                        ? where
                        : where.and(RegionSubtree.clause("regionCode", "region"), "region", caller.partyId());
            default ->
                throw ProblemException.forbidden(
                        "role " + caller.role().tokenName() + " has no access to rate records");
        };
    }
}
