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

@Path("/api/v1/suppliers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Suppliers",
        description =
                "Upstream SMEs; an ERP sees its own suppliers, a supplier itself, an authority those of its region")
public class SupplierResource {

    @Inject
    SupplierService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "createSupplier",
            description =
                    "Registers a supplier by its unified social credit code (checked, unique: 409 when taken), with its region, size class and whether it had no credit record before (credit white).",
            summary = "Create a supplier (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    public Response create(
            @Valid @NotNull SupplierInput body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.create(c, body), SupplierView::id);
    }

    @PUT
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "updateSupplier",
            description = "Replaces the supplier's data; the same rules as creation apply.",
            summary = "Replace a supplier's data (admin)")
    public SupplierView update(@PathParam("id") String id, @Valid @NotNull SupplierInput body) {
        return service.update(caller.get(), id, body);
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME, Role.AUTHORITY_NAME})
    @Operation(
            operationId = "getSupplier",
            description =
                    "An admin reads any supplier, a supplier only itself, an ERP the suppliers of its core enterprise, a bank the suppliers of the core enterprises it has a program with, an authority the suppliers of its region and the regions under it (404 otherwise).",
            summary = "Get a supplier")
    public SupplierView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME, Role.AUTHORITY_NAME})
    @Operation(
            operationId = "listSuppliers",
            summary = "List suppliers",
            description = "Filters combine with AND. Sort by name, creditCode, regionCode or createdAt.")
    public PageView<SupplierView> list(
            @Parameter(description = "Region code: the region and every region under it", example = Examples.CITY_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(description = "Part of the name", example = "机械") @QueryParam("name") String name,
            @Parameter(description = "Exact credit code") @QueryParam("creditCode") @ValidCreditCode String creditCode,
            @BeanParam PageParams paging,
            @Parameter(example = Examples.SORT_BY_NAME) @QueryParam("sort") String sort) {
        return service.list(caller.get(), regionCode, name, creditCode, paging.request(sort, SupplierService.SORTABLE));
    }
}
