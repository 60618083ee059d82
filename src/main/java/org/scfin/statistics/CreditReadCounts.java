package org.scfin.statistics;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The statistics' question of the record of credit profile reads: how many were read, in some regions over some days.
 * The credit package records the reads and answers it; credit builds on financing, which reports to statistics, so the
 * question is asked here and answered there, and the package arrows keep pointing one way.
 */
public interface CreditReadCounts {

    /** Reads of full profiles under a consent, and reads of the public part only. */
    record Counts(long consented, long publicOnly) {}

    /**
     * The reads of the profiles of suppliers registered in {@code regionCodes}, read from {@code from} to {@code to}.
     */
    Counts count(Collection<String> regionCodes, LocalDate from, LocalDate to);
}
