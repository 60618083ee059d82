/**
 * Events written in the transaction of each change (the outbox), numbered in the order they commit, and the feed
 * each caller reads about its own business ({@code GET /api/v1/events?after=CURSOR}): how an ERP learns that a
 * receivable was assigned to a bank and must be paid to it.
 */
package org.scfin.event;
