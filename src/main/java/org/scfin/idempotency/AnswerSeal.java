package org.scfin.idempotency;

/**
 * Seals an answer kept for replay when it holds a secret (a webhook signing secret is shown once, in the answer that
 * creates it): the store keeps the sealed text, and a replay opens it, so that a reader of the database alone does not
 * learn the secret.
 */
public interface AnswerSeal {

    String seal(String answer);

    String open(String sealed);
}
