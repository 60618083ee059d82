/**
 * The small shared kernel: RFC 9457 problem details and their exception mappers, the input rules every feature uses
 * (ids, region codes, dates, plain text), paging, time-ordered ids, JSON settings, money and rates as values
 * ({@link org.scfin.common.Money}, {@link org.scfin.common.Rate}), the business clock ({@link org.scfin.common.Times}
 * on the {@link org.scfin.common.BusinessClock} bean), the OpenAPI examples ({@link org.scfin.common.Examples}) and the
 * catch-up loop of background workers, and the retry of a whole transaction that collided with a concurrent one
 * ({@link org.scfin.common.ConflictRetry}, taken by services with {@link org.scfin.common.RetriedOnConflict}: a
 * deadlock or a Galera certification conflict is run again, and answered 503 with {@code Retry-After} when it
 * persists). No business rule lives here: those belong to the feature packages.
 */
package org.scfin.common;
