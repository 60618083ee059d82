/**
 * A small realistic demo data set (Jinchang, Liaocheng, Ulanqab), loaded through the services by
 * {@code scripts/run --demo}, idempotently.
 */
package org.scfin.demo;
