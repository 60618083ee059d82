package org.scfin.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, read from its verified JWT. Tokens whose role or party is unclear never
 * get this far: {@link TokenRules} refuses them once, when the request is authenticated.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken token;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = fromToken();
        }
        return caller;
    }

    /**
     * For reads open to every role, which answer the same whoever asks: they need no caller, but still refuse (401) a
     * request that does not carry one, should their {@code @Authenticated} ever be lost.
     */
    public void requireAuthenticated() {
        get();
    }

    private Caller fromToken() {
        if (token == null || token.getRawToken() == null) {
            throw new UnauthorizedException();
        }
        // the token passed TokenRules when the request was authenticated
        return TokenRules.callerOf(token);
    }
}
