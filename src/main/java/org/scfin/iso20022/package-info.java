/**
 * ISO 20022 invoice financing: a supplier sends a tsin.001.001.01 InvoiceFinancingRequest, each invoice request in it
 * becomes a financing application through the financing service, a tsin.002.001.01 InvoiceFinancingRequestStatus
 * reports each invoice's current outcome, and a tsin.003.001.01 InvoiceFinancingCancellationRequest cancels the
 * applications still cancellable.
 *
 * <p>Messages are read and written with Prowide ISO 20022 (its JAXB model of every message). Every message received is
 * first checked, as it streams, against a schema generated from that model ({@code MessageSchemas}), so a malformed
 * document or one that breaks the message's structure is refused naming the element and line before anything reads it.
 */
package org.scfin.iso20022;
