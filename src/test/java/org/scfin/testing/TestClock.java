package org.scfin.testing;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.scfin.common.Times;

/**
 * Sets the time a {@code @QuarkusTest} runs at, so its dates, day counts and durations are known in advance. The
 * service's {@link Clock} bean is replaced for the current test method only (QuarkusMock puts the real one back after
 * it); call it from the test or its {@code @BeforeEach}. The clock keeps ticking from the time set, so the timestamps
 * of successive steps still follow one another.
 */
public final class TestClock {

    private TestClock() {}

    /** 10:00 in China on {@code date}: hours before midnight, so a test does not cross into the next business date. */
    public static void today(LocalDate date) {
        at(date.atTime(LocalTime.of(10, 0)));
    }

    /** {@code chinaTime} is the local time in China (the business zone). */
    public static void at(LocalDateTime chinaTime) {
        Instant start = chinaTime.atZone(Times.BUSINESS_ZONE).toInstant();
        Clock ticking = Clock.offset(Clock.system(Times.BUSINESS_ZONE), Duration.between(Instant.now(), start));
        QuarkusMock.installMockForType(ticking, Clock.class);
    }
}
