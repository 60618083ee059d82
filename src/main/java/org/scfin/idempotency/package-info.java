/**
 * {@code Idempotency-Key} for every POST (IETF httpapi draft): a replay returns the original status and body, the same
 * key with another payload is 422, a replay while the first is still running is 409. A request refused before it ran
 * (400, 422) keeps nothing, so its key serves the corrected request. Keys are scoped to the caller and kept at least 24
 * hours.
 */
package org.scfin.idempotency;
