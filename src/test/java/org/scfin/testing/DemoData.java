package org.scfin.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A Quarkus of its own, on a fresh database of its own, started as {@code scripts/run --demo} starts: with the demo
 * data loaded. The demo's figures are exact only where no other test writes, so its tests run under this profile.
 */
public class DemoData implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("scf.demo.load", "true");
    }
}
