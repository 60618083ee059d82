package org.scfin.product;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.RegionCodes;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

/**
 * The pool's figures per region, under a root of their own: below {@code /api/v1/products} a region code of {@code ..}
 * would resolve to the search.
 */
@Path("/api/v1/product-pool")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Product pool")
public class PoolFiguresResource {

    @Inject
    ProductService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/regions/{code: " + RegionCodes.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "getProductPoolFigures",
            summary = "The pool's figures for a region (an admin, or a dashboard within its region)",
            description = "How many published products serve the region or any part of it, the share of pure credit"
                    + " among them, how many are fully online, and their average rate (the mean of the rate ranges'"
                    + " midpoints). Read beside the region's statistics.")
    public PoolFigures figures(@Parameter(example = Examples.CITY_CODE) @PathParam("code") String code) {
        return service.figures(caller.get(), code);
    }
}
