package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.scfin.common.SqlValues;
import org.scfin.statistics.CreditReadCounts;

/**
 * The statistics' count of profile reads ({@link CreditReadCounts}): one range of the region index {@code (region_code,
 * read_date, non_public)} per region code, counted from the index alone, so it costs the reads of the period and never
 * the whole record.
 */
@ApplicationScoped
public class RegionReadCounts implements CreditReadCounts {

    @Inject
    EntityManager em;

    @Override
    public Counts count(Collection<String> regionCodes, LocalDate from, LocalDate to) {
        if (regionCodes.isEmpty()) {
            return new Counts(0, 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select non_public, count(*) from credit_read"
                        + " where region_code in (:regions) and read_date between :from and :to group by non_public")
                .setParameter("regions", regionCodes)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        long consented = 0;
        long publicOnly = 0;
        for (Object[] row : rows) {
            long reads = ((Number) row[1]).longValue();
            if (SqlValues.bool(row[0])) {
                consented += reads;
            } else {
                publicOnly += reads;
            }
        }
        return new Counts(consented, publicOnly);
    }
}
