package org.scfin.receivable;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Created;
import org.scfin.common.Examples;
import org.scfin.common.Ids;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.Preferences;
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/receivables")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Receivables",
        description = "Posted by ERPs (confirmed at once) or submitted by suppliers for confirmation")
public class ReceivableResource {

    @Inject
    ReceivablePosting posting;

    @Inject
    ReceivableService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed({Role.ERP_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "createReceivable",
            summary = "Post a receivable (ERP: confirmed at once) or submit one for confirmation (supplier)",
            description =
                    "Without an Idempotency-Key, posting the same erpReference again with the same content returns the existing"
                            + " receivable (200); with different content it is 409.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "erp", value = Examples.RECEIVABLE_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ReceivableView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Identical receivable already posted",
            content = @Content(schema = @Schema(implementation = ReceivableView.class)))
    public Response post(
            @Valid @NotNull ReceivableInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.run(c, key, uri, body, () -> {
            PostedReceivable posted = posting.post(c, List.of(body), "").get(0);
            return posted.created()
                    ? Created.at(uri, posted.receivable().id(), posted.receivable())
                    : Response.ok(posted.receivable()).build();
        });
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Role.ERP_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "createReceivableBatch",
            summary = "Post up to 1,000 receivables at once, all or nothing",
            description =
                    "Every item is checked before anything is saved. If any item breaks a rule the whole batch is refused"
                            + " (422, or 409 for clashes with existing receivables) and errors name each item as items[i].field; nothing is"
                            + " written. Items already posted with identical content are returned as they are, so a whole batch can be"
                            + " re-sent safely. 201 when at least one receivable was created, 200 when all already existed."
                            + " With Prefer: return=minimal the answer is a receipt (each item's id, reference and whether it was created)"
                            + " rather than every receivable in full, and carries Preference-Applied: return=minimal. The preference is part"
                            + " of what an Idempotency-Key identifies: a retry must send the same Prefer.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "two items", value = Examples.RECEIVABLE_BATCH_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Saved: the receivables in full, or with Prefer: return=minimal a receipt",
            headers =
                    @Header(
                            name = Preferences.APPLIED,
                            description = "return=minimal when the answer is a receipt",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            schema = @Schema(oneOf = {ReceivableBatchView.class, ReceivableBatchReceipt.class}),
                            examples =
                                    @ExampleObject(
                                            name = "receipt (Prefer: return=minimal)",
                                            value = Examples.RECEIVABLE_BATCH_RECEIPT)))
    @APIResponse(
            responseCode = "200",
            description = "All items already existed",
            headers =
                    @Header(
                            name = Preferences.APPLIED,
                            description = "return=minimal when the answer is a receipt",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(oneOf = {ReceivableBatchView.class, ReceivableBatchReceipt.class})))
    public Response postBatch(
            @Valid @NotNull ReceivableBatchInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Parameter(
                            description =
                                    "return=minimal for a receipt instead of the full receivables (RFC 7240); other preferences are ignored",
                            example = Preferences.RETURN_MINIMAL,
                            schema = @Schema(type = SchemaType.STRING))
                    @HeaderParam(Preferences.PREFER)
                    List<String> prefer,
            @Context UriInfo uri) {
        Caller c = caller.get();
        boolean minimal = Preferences.returnMinimal(prefer);
        Response answer = idempotent.run(c, key, uri, body, minimal ? Preferences.RETURN_MINIMAL : null, () -> {
            List<PostedReceivable> posted = posting.post(c, body.items(), "items[%d].");
            boolean anyCreated = posted.stream().anyMatch(PostedReceivable::created);
            Object saved = minimal
                    ? ReceivableBatchReceipt.of(posted)
                    : new ReceivableBatchView(
                            posted.stream().map(PostedReceivable::receivable).toList());
            return Response.status(anyCreated ? Response.Status.CREATED : Response.Status.OK)
                    .entity(saved)
                    .build();
        });
        return minimal
                ? Response.fromResponse(answer)
                        .header(Preferences.APPLIED, Preferences.RETURN_MINIMAL)
                        .build()
                : answer;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "listReceivables",
            summary = "List receivables",
            description = "An ERP sees its core enterprise's receivables, a supplier its own, a bank"
                    + " the confirmed receivables of core enterprises it has a program with (what it may finance)."
                    + " Sort by createdAt, dueDate, issueDate, amount or erpReference.")
    public PageView<ReceivableView> list(
            @Parameter(example = Examples.CORE_ENTERPRISE_ID) @QueryParam("coreEnterpriseId") @WellFormedId
                    String coreEnterpriseId,
            @Parameter(example = Examples.SUPPLIER_ID) @QueryParam("supplierId") @WellFormedId String supplierId,
            @Parameter(example = Examples.RECEIVABLE_STATUS, schema = @Schema(implementation = ReceivableStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Due on or after",
                            example = Examples.FOURTH_QUARTER_START,
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("dueFrom")
                    String dueFrom,
            @Parameter(
                            description = "Due on or before",
                            example = Examples.YEAR_END,
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("dueTo")
                    String dueTo,
            @Parameter(
                            description = "Amount at least, yuan",
                            example = "10000",
                            schema = @Schema(type = SchemaType.NUMBER))
                    @QueryParam("amountMin")
                    String amountMin,
            @Parameter(
                            description = "Amount at most, yuan",
                            example = "5000000",
                            schema = @Schema(type = SchemaType.NUMBER))
                    @QueryParam("amountMax")
                    String amountMax,
            @BeanParam PageParams paging,
            @Parameter(example = "dueDate,asc") @QueryParam("sort") String sort) {
        ReceivableService.Filter filter = new ReceivableService.Filter(
                coreEnterpriseId,
                supplierId,
                QueryParams.enumValue("status", status, ReceivableStatus.class),
                QueryParams.date("dueFrom", dueFrom),
                QueryParams.date("dueTo", dueTo),
                QueryParams.money("amountMin", amountMin),
                QueryParams.money("amountMax", amountMax));
        return service.list(caller.get(), filter, paging.request(sort, ReceivableService.SORTABLE));
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "getReceivable",
            description =
                    "The receivable with its history, oldest first. Each party reads only the receivables that concern it (404 otherwise).",
            summary = "Get a receivable with its history")
    public ReceivableView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/confirm")
    @RolesAllowed(Role.ERP_NAME)
    @Operation(
            operationId = "confirmReceivable",
            description =
                    "The debtor's ERP confirms a receivable its supplier submitted; only confirmed receivables can be financed. Confirming twice is a 409.",
            summary = "Confirm a supplier's submission (the debtor's ERP)")
    @APIResponse(
            responseCode = "200",
            description = "Confirmed",
            content = @Content(schema = @Schema(implementation = ReceivableView.class)))
    public Response confirm(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.confirm(c, id));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/reject")
    @RolesAllowed(Role.ERP_NAME)
    @Operation(
            operationId = "rejectReceivable",
            description =
                    "The debtor's ERP refuses a supplier's submission, with a reason; its invoice numbers may then be posted again.",
            summary = "Refuse to confirm a supplier's submission (the debtor's ERP); frees its invoice numbers")
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = ReceivableView.class)))
    public Response reject(
            @PathParam("id") String id,
            @Valid @NotNull ReasonInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> service.reject(c, id, body.reason()));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/adjust")
    @RolesAllowed(Role.ERP_NAME)
    @Operation(
            operationId = "adjustReceivable",
            description =
                    "Records a credit note that lowers the face value (never to zero or below: cancel instead). Refused with 409 while the receivable backs a live financing or application.",
            summary = "Reduce a receivable by a credit note, before financing (the debtor's ERP)")
    @APIResponse(
            responseCode = "200",
            description = "Adjusted",
            content = @Content(schema = @Schema(implementation = ReceivableView.class)))
    public Response adjust(
            @PathParam("id") String id,
            @Valid @NotNull AdjustmentInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> service.adjust(c, id, body));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/cancel")
    @RolesAllowed({Role.ERP_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "cancelReceivable",
            summary = "Cancel a receivable before financing; frees its invoice numbers",
            description =
                    "The debtor's ERP may cancel any live receivable of its own; a supplier only its own unconfirmed submission.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ReceivableView.class)))
    public Response cancel(
            @PathParam("id") String id,
            @Valid @NotNull ReasonInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> service.cancel(c, id, body.reason()));
    }
}
