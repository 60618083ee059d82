package org.scfin.financing;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/programs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "A bank's financing line for one core enterprise's payables")
public class ProgramResource {

    @Inject
    ProgramService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "createProgram",
            description =
                    "A bank's line for one core enterprise's payables: credit limit, maximum advance ratio, rate floor and cap, day count, interest mode and validity. A bank creates programs for itself only.",
            summary = "Create a program (a bank for itself, or an admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public Response create(
            @Valid @NotNull ProgramInput body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.create(c, body), ProgramView::id);
    }

    @PATCH
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "updateProgram",
            description =
                    "Changes only the fields sent. A limit lowered below what is reserved stops new approvals until settlements bring it back under; nothing already approved is undone. Closing a program stops new applications.",
            summary = "Change a program's limit, rate bounds, validity or status (its bank, or an admin)")
    public ProgramView change(@PathParam("id") String id, @Valid @NotNull ProgramChanges body) {
        return service.change(caller.get(), id, body);
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "getProgram",
            description =
                    "The program with its reserved principal and available limit. Each party reads only the programs that concern it (404 otherwise).",
            summary = "Get a program")
    public ProgramView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "listPrograms",
            summary = "List programs",
            description = "A bank sees its own, an ERP those on its core enterprise's payables, a supplier"
                    + " those of the core enterprises it sells to. Sort by createdAt, validTo or creditLimit.")
    public PageView<ProgramView> list(
            @Parameter(example = Examples.BANK_ID) @QueryParam("bankId") @WellFormedId String bankId,
            @Parameter(example = Examples.CORE_ENTERPRISE_ID) @QueryParam("coreEnterpriseId") @WellFormedId
                    String coreEnterpriseId,
            @Parameter(example = Examples.PROGRAM_STATUS, schema = @Schema(implementation = ProgramStatus.class))
                    @QueryParam("status")
                    String status,
            @BeanParam PageParams paging,
            @Parameter(example = "createdAt,desc") @QueryParam("sort") String sort) {
        return service.list(
                caller.get(),
                bankId,
                coreEnterpriseId,
                QueryParams.enumValue("status", status, ProgramStatus.class),
                paging.request(sort, ProgramService.SORTABLE));
    }
}
