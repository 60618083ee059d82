package org.scfin.statistics;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.scfin.common.Ids;

/** One ledger row being built: what a change of one financing adds to the sums of one day. */
final class Delta {

    private final String financingId;
    private final LocalDate day;
    private final Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);

    Delta(String financingId, LocalDate day) {
        this.financingId = financingId;
        this.day = day;
    }

    Delta add(Measure measure, BigDecimal value) {
        values.merge(measure, value, BigDecimal::add);
        return this;
    }

    Delta add(Measure measure, long value) {
        return add(measure, BigDecimal.valueOf(value));
    }

    Delta set(Measure measure, BigDecimal value) {
        values.put(measure, value);
        return this;
    }

    boolean isEmpty() {
        return values.values().stream().allMatch(v -> v.signum() == 0);
    }

    void insert(EntityManager em) {
        if (isEmpty()) {
            return;
        }
        StringBuilder columns = new StringBuilder("id, financing_id, stat_day, pending");
        StringBuilder marks = new StringBuilder("?1, ?2, ?3, 1");
        int position = 4;
        for (Measure m : values.keySet()) {
            columns.append(", ").append(m.column);
            marks.append(", ?").append(position++);
        }
        var insert = em.createNativeQuery("insert into stat_delta (" + columns + ") values (" + marks + ")")
                .setParameter(1, Ids.newId()).setParameter(2, financingId).setParameter(3, day);
        position = 4;
        for (BigDecimal v : values.values()) {
            insert.setParameter(position++, v);
        }
        insert.executeUpdate();
    }
}
