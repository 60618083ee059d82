/**
 * {@code Idempotency-Key} for every POST (IETF httpapi draft): a replay returns the original status and body, the
 * same key with another payload is 422, a replay while the first is still running is 409. Keys are scoped to the
 * caller and kept at least 24 hours.
 */
package org.scfin.idempotency;
