package org.scfin.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.scfin.common.Problem;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;

/**
 * A refused token is a 401 like any other bad credential, with the rule it broke in the detail (RFC 6750
 * invalid_token).
 */
public class TokenRefusalMapper {

    @ServerExceptionMapper(priority = 1)
    public Response refused(TokenRefused e, UriInfo uri) {
        Problem problem = new ProblemException(ProblemType.UNAUTHENTICATED, e.getMessage())
                .toProblem(uri.getRequestUri().getRawPath());
        return Response.status(Response.Status.UNAUTHORIZED)
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .build();
    }
}
