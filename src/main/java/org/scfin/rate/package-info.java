/**
 * Rates we track: reference rates (loan prime rates, regional small-business averages) and which one is in force on a
 * date, the spreads of financing rates to them, and the rate record of every approval and repricing.
 */
package org.scfin.rate;
