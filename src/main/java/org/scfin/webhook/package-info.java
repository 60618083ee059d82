/**
 * Signed webhooks: each party's subscriptions ({@code /api/v1/webhook-subscriptions}), and the delivery of the
 * committed events it may read to their target URLs, signed as Standard Webhooks specifies, in order per subscription,
 * at least once, retried with backoff and dead-lettered after the retry window. Every transaction of the worker that
 * delivers a subscription writes its {@code webhook_dispatch} row, so two instances on two Galera nodes never both
 * deliver it.
 */
package org.scfin.webhook;
