package org.scfin.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision the database keeps (DATETIME(6)), so what we answer is what we stored; and
 * business dates, which are dates in China. Both come from the {@link Clock} bean ({@link BusinessClock}), so a test
 * can set the date it needs; code running without a container (plain unit tests, tools) reads the system clock.
 */
public final class Times {

    private Times() {}

    /** Business dates (value dates, maturities, overdue) are dates in China. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Clock SYSTEM = Clock.system(BUSINESS_ZONE);

    public static Instant now() {
        return clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in China, whatever zone the clock itself carries. */
    public static LocalDate today() {
        return LocalDate.ofInstant(clock().instant(), BUSINESS_ZONE);
    }

    public static LocalDate businessDate(Instant instant) {
        return instant.atZone(BUSINESS_ZONE).toLocalDate();
    }

    /** Hours from one instant to another with 2 decimals, half up (how time to disbursement is shown and counted). */
    public static BigDecimal hoursBetween(Instant from, Instant to) {
        long seconds = Duration.between(from, to).toSeconds();
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    /** The running container's clock bean, looked up once per container: every request reads the time. */
    private static volatile ContainerClock current;

    private record ContainerClock(ArcContainer container, Clock clock) {}

    private static Clock clock() {
        ArcContainer container = Arc.container();
        if (container == null || !container.isRunning()) {
            return SYSTEM;
        }
        ContainerClock known = current;
        if (known == null || known.container() != container) {
            // the bean is normal-scoped, so this is its client proxy: a test's stand-in clock is still seen through it
            known = new ContainerClock(
                    container, container.instance(Clock.class).get());
            current = known;
        }
        return known.clock();
    }
}
