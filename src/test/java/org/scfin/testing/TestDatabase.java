package org.scfin.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database and key resource for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(DatabaseTestResource.class)
public final class TestDatabase {

    private TestDatabase() {}
}
