/**
 * The parties of supply-chain finance: core enterprises (large buyers), their suppliers, banks, industrial chains, and
 * the supply relationships between core enterprises and suppliers. Also the unified social credit code rule, and the
 * tax credit grade that credit facts record and credit products require.
 */
package org.scfin.enterprise;
