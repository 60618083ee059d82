/**
 * Credit information for inclusion: dated facts from public data about enterprises (by unified social credit code),
 * profiles built from the latest fact of each kind, suppliers' consents that let a named bank read their non-public
 * facts, the record of every bank read, and the alerts a bank receives when a borrower's public record worsens.
 */
package org.scfin.credit;
