package org.scfin.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.scfin.common.ProblemException;

/**
 * The {@link Caller} of the current request, read from its verified JWT. Tokens whose role or party is unclear
 * are refused here, once, rather than in every service.
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

    private Caller fromToken() {
        if (token == null || token.getRawToken() == null) {
            throw new UnauthorizedException();
        }
        List<Role> roles = token.getGroups().stream().map(Role::fromTokenName).flatMap(Optional::stream).toList();
        if (roles.size() != 1) {
            throw ProblemException.forbidden("a token must carry exactly one of the roles admin, erp, supplier, bank, dashboard");
        }
        Role role = roles.get(0);
        String party = role.partyClaim() == null ? null : claimAsString(role.partyClaim());
        if (party != null && party.isBlank()) {
            party = null;
        }
        if (role.requiresParty() && party == null) {
            throw ProblemException.forbidden("a " + role.tokenName() + " token must name its party in claim " + role.partyClaim());
        }
        return new Caller(role, party, token.getSubject());
    }

    private String claimAsString(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value.toString();
    }
}
