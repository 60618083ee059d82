/**
 * Events written in the transaction of each change (the outbox), numbered in the order they commit, and the feed each
 * caller reads about its own business ({@code GET /api/v1/events?after=CURSOR}): how an ERP learns that a receivable
 * was assigned to a bank and must be paid to it. Where a financing's terms are not for the core enterprise, an event
 * carries its own view for it ({@code debtor_payload}).
 */
package org.scfin.event;
