package org.scfin.testing;

/**
 * Marks a test profile whose own test resource starts the database its Quarkus uses (a server the test may freeze or
 * kill), so that {@link DatabaseTestResource} starts none for it.
 */
public interface BringsItsOwnDatabase {}
