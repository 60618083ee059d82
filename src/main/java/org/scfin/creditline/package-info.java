/**
 * Pre-approved lines: a bank grants a supplier an amount under one of its products until an expiry, and may cancel it.
 * A financing approved within a line consumes its used amount, which the financing gives back once when it is rejected,
 * settled or renewed; the rules of that approval live with the other approval rules in
 * {@code org.scfin.financing.CreditLinePolicy}. The granting bank and the supplier see a line; no other bank does.
 */
package org.scfin.creditline;
