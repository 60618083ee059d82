/**
 * What happens to a request before the REST layer sees it, and what every answer carries: bodies read in full on the
 * I/O thread within a deadline and size limits, refusals of malformed requests (over-long URIs, bodies without a
 * Content-Type, repeated query parameters) as problem+json, and health answers reduced to UP or DOWN.
 */
package org.scfin.http;
