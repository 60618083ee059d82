package org.scfin.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.scfin.common.DatabaseOutage;

/**
 * Ready while the database answers, as the watch last found it: the probe itself never touches the database, so it
 * answers at once even when the database hangs (Agroal's own check, turned off, would borrow a connection and wait on
 * it). Liveness does not depend on the database: an instance cut off from it is not broken, and restarting it would not
 * bring the database back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Database")
                .status(!DatabaseOutage.ongoing())
                .build();
    }
}
