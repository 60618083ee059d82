/**
 * Receivables: posted by a core enterprise's ERP (confirmed at once, singly or in batches of up to 1,000) or submitted
 * by a supplier for confirmation; adjusted down by credit notes or cancelled before financing, with history. An invoice
 * backs at most one live receivable: the first guard against double financing.
 */
package org.scfin.receivable;
