package org.scfin.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created something: 201 with its {@code Location}. */
public final class Created {

    private Created() {}

    public static Response at(UriInfo uri, String id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(body)
                .build();
    }

    /** For POSTs to a sub-path (such as {@code /batch}): the Location is under {@code collectionPath}. */
    public static Response under(UriInfo uri, String collectionPath, String id, Object body) {
        return Response.created(
                        uri.getBaseUriBuilder().path(collectionPath).path(id).build())
                .entity(body)
                .build();
    }
}
