package org.scfin.security;

/**
 * A well-signed token that is still no credential: issued in the future, or not naming exactly one role and its party.
 * Its message is written for the caller (it names the claim and the rule, never a value or a class).
 */
public class TokenRefused extends RuntimeException {

    public TokenRefused(String message) {
        super(message, null, false, false);
    }
}
