/**
 * The small shared kernel: RFC 9457 problem details and their exception mappers, paging, time-ordered ids and
 * JSON settings, money and rates as values, and the catch-up loop of background workers. Nothing business-specific lives here.
 */
package org.scfin.common;
