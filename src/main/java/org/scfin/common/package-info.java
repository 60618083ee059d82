/**
 * The small shared kernel: RFC 9457 problem details and their exception mappers, paging, time-ordered ids and
 * JSON settings. Nothing business-specific lives here.
 */
package org.scfin.common;
