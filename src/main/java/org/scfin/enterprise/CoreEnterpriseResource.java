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

@Path("/api/v1/core-enterprises")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Core enterprises", description = "Large buyers; an ERP sees its own, a supplier those it sells to")
public class CoreEnterpriseResource {

    @Inject
    CoreEnterpriseService service;

    @Inject
    SupplierService suppliers;

    @Inject
    SupplyRelationshipService relationships;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "createCoreEnterprise",
            description =
                    "Registers a large buyer by its unified social credit code (checked, unique: 409 when taken), with its region, industrial chain and whether it leads the chain. Its ERP then posts receivables under its id.",
            summary = "Create a core enterprise (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CoreEnterpriseView.class)))
    public Response create(
            @Valid @NotNull CoreEnterpriseInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.create(c, body), CoreEnterpriseView::id);
    }

    @PUT
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "updateCoreEnterprise",
            description = "Replaces the core enterprise's data; the same rules as creation apply.",
            summary = "Replace a core enterprise's data (admin)")
    public CoreEnterpriseView update(@PathParam("id") String id, @Valid @NotNull CoreEnterpriseInput body) {
        return service.update(caller.get(), id, body);
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @Operation(
            operationId = "getCoreEnterprise",
            description =
                    "Its ERP reads only its own core enterprise, and a supplier only those it supplies (404 otherwise); the other roles read any.",
            summary = "Get a core enterprise")
    public CoreEnterpriseView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @Operation(
            operationId = "listCoreEnterprises",
            summary = "List core enterprises",
            description = "Filters combine with AND. Sort by name, creditCode, regionCode or createdAt.")
    public PageView<CoreEnterpriseView> list(
            @Parameter(
                            description = "Region code: the region and every region under it",
                            example = Examples.PROVINCE_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(description = "Part of the name", example = "金川") @QueryParam("name") String name,
            @Parameter(description = "Exact credit code") @QueryParam("creditCode") @ValidCreditCode String creditCode,
            @BeanParam PageParams paging,
            @Parameter(description = "field or field,asc|desc", example = Examples.SORT_BY_NAME) @QueryParam("sort")
                    String sort) {
        return service.list(
                caller.get(), regionCode, name, creditCode, paging.request(sort, CoreEnterpriseService.SORTABLE));
    }

    @PUT
    @Path("/{id: " + Ids.PATTERN + "}/suppliers/{supplierId: " + Ids.PATTERN + "}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "linkSupplier",
            summary = "Record that a supplier sells to this core enterprise (admin)",
            description = "Idempotent: 201 when the relationship is new, 200 when it already existed.")
    @APIResponse(
            responseCode = "201",
            description = "Relationship recorded",
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Relationship already existed",
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    public Response linkSupplier(@PathParam("id") String id, @PathParam("supplierId") String supplierId) {
        SupplyRelationshipService.Link link = relationships.link(caller.get(), id, supplierId);
        return Response.status(link.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(link.supplier())
                .build();
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}/suppliers")
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME})
    @Operation(
            operationId = "listCoreEnterpriseSuppliers",
            description =
                    "The suppliers linked to the core enterprise, paged and sorted like every list; another enterprise's ERP gets 404.",
            summary = "List the suppliers of a core enterprise (admin, or its own ERP)")
    public PageView<SupplierView> listSuppliers(
            @PathParam("id") String id,
            @BeanParam PageParams paging,
            @Parameter(example = "name") @QueryParam("sort") String sort) {
        Caller c = caller.get();
        SupplyRelationshipService.requireManagedBy(c, id);
        service.get(c, id);
        return suppliers.listOf(id, paging.request(sort, SupplierService.SORTABLE));
    }
}
