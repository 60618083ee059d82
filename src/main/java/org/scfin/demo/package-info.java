/**
 * The demo data set (Jinchang, Liaocheng, Ulanqab): a small realistic set of parties, receivables and financings,
 * loaded through the services by {@code scripts/run --demo}; loading it twice changes nothing.
 */
package org.scfin.demo;
