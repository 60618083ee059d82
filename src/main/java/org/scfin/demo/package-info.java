/**
 * The demo data set: Jinchang, five more cities of Gansu, Liaocheng's industrial chains and Ulanqab, drawn with fixed
 * seeds so that the statistics show exactly the figures Jinchang and Liaocheng published, and loaded through the
 * services (registration, ERP postings, the financing import) by {@code scripts/run --demo}; loading it twice changes
 * nothing.
 */
package org.scfin.demo;
