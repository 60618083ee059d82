/**
 * Registrations of assignments and pledges of receivables in a public registry (the national 动产融资统一登记公示系统 first):
 * recorded by the bank that finances the receivables, searched by lenders before they lend, checked by every
 * application so that invoices another bank has registered are not financed twice, required before disbursement where a
 * program says so, and exported in the registry's fields.
 */
package org.scfin.registration;
