package org.scfin.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the business rules a request breaks, so that the caller learns all of them in one 422 rather than one per
 * attempt. A view made by {@link #under(String)} writes into the same list with a field prefix, such as
 * {@code items[3].} for batch items.
 */
public final class Violations {

    private final List<FieldError> errors;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    public Violations under(String fieldPrefix) {
        return new Violations(errors, prefix + fieldPrefix);
    }

    public Violations add(String field, String rule, String message) {
        errors.add(new FieldError(prefix + field, rule, message));
        return this;
    }

    /** Records the rule as broken unless {@code holds}. */
    public Violations require(boolean holds, String field, String rule, String message) {
        return holds ? this : add(field, rule, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** No rule broken under this view's prefix (other items of a batch may have broken some). */
    public boolean isEmptyHere() {
        return errors.stream().noneMatch(e -> e.field() != null && e.field().startsWith(prefix));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(errors));
        }
    }
}
