/**
 * Data loaders: a small realistic demo data set (Jinchang, Liaocheng, Ulanqab), loaded through the services by
 * {@code scripts/run --demo}, idempotently; and a synthetic data set of millions of financings for
 * {@code scripts/bench-stats}, written by set-based SQL (through the API it would take hours).
 */
package org.scfin.demo;
