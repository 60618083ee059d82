package org.scfin.common;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock the service reads the time and the business date from: the system clock in China. It is a normal-scoped
 * bean so that a test can stand another clock in for it for one test method ({@code QuarkusMock}); production code
 * reaches it through {@link Times}.
 */
@Singleton
public class BusinessClock {

    /** Looked up by {@link Times} rather than injected, so Quarkus must not drop it as unused. */
    @Produces
    @ApplicationScoped
    @Unremovable
    Clock clock() {
        return Clock.system(Times.BUSINESS_ZONE);
    }
}
