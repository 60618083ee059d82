/**
 * The supply-chain receivables financing service. Feature packages: {@code region}, {@code enterprise},
 * {@code receivable}, {@code idempotency}, {@code security}, {@code demo}; shared kernel in {@code common}.
 */
package org.scfin;
