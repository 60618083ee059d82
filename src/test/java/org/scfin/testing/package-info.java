/**
 * What the tests build their scenes with, through the public API: parties and receivables ({@link Fixtures}, with fresh
 * credit codes from {@link CreditCodes}), the scene of a financing ({@link FinancingFixture}), tokens ({@link Tokens})
 * and authenticated requests ({@link Api}), concurrent requests ({@link Races}), the embedded database
 * ({@link TestDatabase}, {@link DatabaseTestResource}, or one of its own for a profile that
 * {@link BringsItsOwnDatabase}), the date and time a test runs at ({@link TestClock}), and a headless Chromium
 * ({@link Browser}).
 */
package org.scfin.testing;
