/**
 * The product pool: credit products banks publish (kind, rate range, maximum amount and term, regions served, a minimum
 * tax credit grade, fully online or not), the search suppliers run over them, and the pool's figures per region that
 * the dashboard reads. A product's region serves every region under it, as the region register nests them.
 */
package org.scfin.product;
