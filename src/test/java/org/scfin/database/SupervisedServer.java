package org.scfin.database;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import org.scfin.testing.BringsItsOwnDatabase;

/** A Quarkus of its own on a database server of its own, which its tests freeze and kill. */
public class SupervisedServer implements QuarkusTestProfile, BringsItsOwnDatabase {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SupervisedServerResource.class));
    }
}
