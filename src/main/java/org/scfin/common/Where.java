package org.scfin.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the where-clause of a list query from optional filters: a filter left out adds nothing. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} (using {@code :name}) when {@code value} is not null. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a clause with no parameter, such as a visibility rule that always applies. */
    /**
     * A status filter for rows whose expiry is not stored as a status: a row stored {@code live} reads {@code expired}
     * once past its {@code expiresOn}, so asking for either looks at the stored live rows on the right side of
     * {@code today}; any other status is compared as stored; null filters nothing.
     */
    public <S extends Enum<S>> Where andStatusExpiring(S asked, S live, S expired, LocalDate today) {
        if (asked != live && asked != expired) {
            return and("status = :stored", "stored", asked);
        }
        return and("status = :stored", "stored", live)
                .and(asked == live ? "expiresOn >= :today" : "expiresOn < :today", "today", today);
    }

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
