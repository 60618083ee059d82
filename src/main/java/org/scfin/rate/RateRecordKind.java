package org.scfin.rate;

import java.util.Arrays;
import java.util.Optional;

/** Why a rate was recorded: a financing approved, extended, renewed or restructured. Stored and answered by name. */
public enum RateRecordKind {
    APPROVAL,
    EXTENSION,
    RENEWAL,
    RESTRUCTURING;

    /**
     * The kind a filter names, in any case (as the column's collation compares it); empty for null or a name that is no
     * kind.
     */
    static Optional<RateRecordKind> named(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
