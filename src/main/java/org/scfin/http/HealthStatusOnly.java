package org.scfin.http;

import io.smallrye.health.api.HealthContentFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Health answers on the public port, where load balancers probe it, carry only {@code {"status": "UP"}} or
 * {@code "DOWN"}: which checks exist and what they found (database names, pool states) is not for the public. SmallRye
 * Health logs the full report when a check is down.
 */
@ApplicationScoped
public class HealthStatusOnly implements HealthContentFilter {

    @Override
    public JsonObject filter(JsonObject payload) {
        return Json.createObjectBuilder()
                .add("status", payload.getString("status", "DOWN"))
                .build();
    }
}
