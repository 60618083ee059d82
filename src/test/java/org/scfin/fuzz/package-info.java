/**
 * A fuzzer driven by the committed OpenAPI document: it calls every operation with every role's token and with mutated
 * paths, queries, headers and bodies, and holds the service to what the document and the README promise (no 5xx,
 * problem+json for every 4xx, 2xx answers that match their schemas, nothing written by a refused write).
 */
package org.scfin.fuzz;
