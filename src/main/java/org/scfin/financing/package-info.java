/**
 * Bank financing of confirmed receivables: programs (a bank's line for one core enterprise's payables), the financing
 * lifecycle with encumbrance of receivables, interest and day count, settlement and credit relief; the statistics hooks
 * of those changes, and the backfill that replays them for financings older than statistics.
 *
 * <p>A {@code Financing} is made by its factories and changed by its transitions; a rule that more than one command
 * applies (rate bounds, advance ratio, credit limit, the receivables backing a financing, value date, relief terms) is
 * written once, in its {@code *Policy} class, and the services compose them.
 */
package org.scfin.financing;
