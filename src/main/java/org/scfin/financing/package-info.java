/**
 * Bank financing of confirmed receivables: programs (a bank's line for one core enterprise's payables), the
 * financing lifecycle with encumbrance of receivables, interest and day count, settlement and credit relief; the
 * statistics hooks of those changes, and the backfill that replays them for financings older than statistics.
 */
package org.scfin.financing;
