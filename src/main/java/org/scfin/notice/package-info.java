/**
 * Notices of assignment: the documents that tell a core enterprise whom to pay for receivables a bank finances. A
 * disbursement issues an {@code ASSIGNMENT} (pay the bank's collection account), a renewal a {@code REPLACEMENT} (the
 * same receivables, now held by the renewing financing), a full settlement a {@code RELEASE} (nothing more is paid to
 * the bank). Each is written with its event in the transaction of the change that issues it, so it reaches the parties
 * by the event feed and by webhooks; the core enterprise acknowledges each one, and its bank sees what is still
 * unacknowledged.
 *
 * <p>The financing package issues notices through {@link org.scfin.notice.Notices}; this package does not depend on it.
 */
package org.scfin.notice;
