package org.scfin.enterprise;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.Ids;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.region.WellFormedRegionCode;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/industrial-chains")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Industrial chains", description = "Named chains of a region with leader and deputy leader banks")
public class IndustrialChainResource {

    @Inject
    IndustrialChainService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "createIndustrialChain",
            description =
                    "Registers an industrial chain of a region, with its leader and deputy leader banks, which the statistics report chain by chain.",
            summary = "Create an industrial chain (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IndustrialChainView.class)))
    public Response create(
            @Valid @NotNull IndustrialChainInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.create(c, body), IndustrialChainView::id);
    }

    @PUT
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "updateIndustrialChain",
            description = "Replaces the chain's name, region and leader banks; the same rules as creation apply.",
            summary = "Replace an industrial chain's data (admin)")
    public IndustrialChainView update(@PathParam("id") String id, @Valid @NotNull IndustrialChainInput body) {
        return service.update(caller.get(), id, body);
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @Operation(
            operationId = "getIndustrialChain",
            description = "The chain's data, its leader banks and its member core enterprises.",
            summary = "Get an industrial chain with its member core enterprises")
    public IndustrialChainView get(@PathParam("id") String id) {
        caller.requireAuthenticated();
        return service.get(id);
    }

    @GET
    @Operation(
            operationId = "listIndustrialChains",
            summary = "List industrial chains",
            description = "Sort by name, regionCode or createdAt.")
    public PageView<IndustrialChainView> list(
            @Parameter(description = "Region code: the region and every region under it", example = Examples.CITY_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(description = "Part of the name", example = "有色") @QueryParam("name") String name,
            @BeanParam PageParams paging,
            @Parameter(example = Examples.SORT_BY_NAME) @QueryParam("sort") String sort) {
        caller.requireAuthenticated();
        return service.list(regionCode, name, paging.request(sort, IndustrialChainService.SORTABLE));
    }
}
