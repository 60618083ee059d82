package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.scfin.testing.TestClock;

/** The service reads the time from its Clock bean: the system clock, unless a test sets another for itself alone. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimesTest {

    @Test
    @Order(1)
    void aTestSetsTheTimeItNeeds() {
        TestClock.at(LocalDateTime.of(2026, 3, 2, 23, 59, 30));
        // 23:59:30 in China is 15:59:30 UTC, still 2 March in China
        assertThat(Times.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(Times.now()).isBetween(Instant.parse("2026-03-02T15:59:30Z"), Instant.parse("2026-03-02T15:59:40Z"));
        // 00:00 in China is 16:00 UTC of the day before, and already 3 March in China
        TestClock.at(LocalDateTime.of(2026, 3, 3, 0, 0));
        assertThat(Times.today()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(Times.businessDate(Times.now())).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    @Order(2)
    void otherwiseItIsTheSystemClock() {
        // the previous test's clock went with it
        assertThat(Duration.between(Instant.now(), Times.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
