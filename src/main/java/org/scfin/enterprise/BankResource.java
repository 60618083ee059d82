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

@Path("/api/v1/banks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Banks", description = "Lenders; readable by every caller")
public class BankResource {

    @Inject
    BankService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "createBank",
            description =
                    "Registers a bank by its unified social credit code (checked, unique: 409 when taken) and its region. Banks hold programs and lend under them.",
            summary = "Create a bank (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = BankView.class)))
    public Response create(
            @Valid @NotNull BankInput body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.create(c, body), BankView::id);
    }

    @PUT
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "updateBank",
            description =
                    "Replaces the bank's name, credit code and region; the same rules as creation apply. Its programs and financings keep their history.",
            summary = "Replace a bank's data (admin)")
    public BankView update(@PathParam("id") String id, @Valid @NotNull BankInput body) {
        return service.update(caller.get(), id, body);
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @Operation(
            operationId = "getBank",
            description = "Any authenticated party may read a bank's public data (name, credit code, region).",
            summary = "Get a bank")
    public BankView get(@PathParam("id") String id) {
        caller.requireAuthenticated();
        return service.get(id);
    }

    @GET
    @Operation(
            operationId = "listBanks",
            summary = "List banks",
            description = "Filters combine with AND. Sort by name, creditCode, regionCode or createdAt.")
    public PageView<BankView> list(
            @Parameter(description = "Region code: the region and every region under it", example = Examples.CITY_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(description = "Part of the name", example = "金昌") @QueryParam("name") String name,
            @Parameter(description = "Exact credit code") @QueryParam("creditCode") @ValidCreditCode String creditCode,
            @BeanParam PageParams paging,
            @Parameter(example = Examples.SORT_BY_NAME) @QueryParam("sort") String sort) {
        caller.requireAuthenticated();
        return service.list(regionCode, name, creditCode, paging.request(sort, BankService.SORTABLE));
    }
}
