package org.scfin.fuzz;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The fuzzer's well-formed requests really write: national reference rates, parties in regions other tests count. A
 * test profile of its own gives it its own Quarkus and so a fresh test database (the database resource starts anew with
 * each profile), and no other test's figures depend on what it wrote.
 */
public class OwnDatabase implements QuarkusTestProfile {}
