/**
 * The dashboard page tested in a real browser (headless Chromium through {@link org.scfin.testing.Browser}): what it
 * shows is held against the API's answers for the same region and period, never against figures written here.
 */
package org.scfin.dashboard;
