/**
 * Bank financing of confirmed receivables: programs (a bank's line for one core enterprise's payables), the
 * financing lifecycle with encumbrance of receivables, interest and day count, settlement and credit relief.
 */
package org.scfin.financing;
