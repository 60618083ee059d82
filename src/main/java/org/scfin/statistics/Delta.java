package org.scfin.statistics;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scfin.common.Ids;
import org.scfin.common.Jdbc;

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
        StringBuilder marks = new StringBuilder("?, ?, ?, 1");
        List<Object> params = new ArrayList<>(List.of(Ids.newId(), financingId, day));
        values.forEach((measure, value) -> {
            columns.append(", ").append(measure.column);
            marks.append(", ?");
            params.add(value);
        });
        Jdbc.update(em, "insert into stat_delta (" + columns + ") values (" + marks + ")", params.toArray());
    }
}
