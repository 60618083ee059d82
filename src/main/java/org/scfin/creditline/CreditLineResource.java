package org.scfin.creditline;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.Ids;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.product.ProductExamples;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/credit-lines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Credit lines",
        description =
                "Pre-approved lines a bank grants a supplier under a product; financings are approved within them")
public class CreditLineResource {

    @Inject
    CreditLineService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "grantCreditLine",
            summary = "Grant a supplier a line under one of the bank's products",
            description = "The product must be the bank's own (422 naming productId otherwise) and published (409),"
                    + " the supplier registered in a region the product serves and, when the product names a minimum"
                    + " tax grade, holding a public tax grade that meets it today (422 naming supplierId, rule"
                    + " meets-product-eligibility; a non-public grade does not count), the expiry today or later. Approvals"
                    + " that name the line (creditLineId on approveFinancing) use it up to its amount.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "line", value = ProductExamples.LINE_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Granted",
            content = @Content(schema = @Schema(implementation = LineView.class)))
    public Response grant(
            @Valid @NotNull LineInput body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.grant(c, body), LineView::id);
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/cancel")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "cancelCreditLine",
            summary = "Cancel a line (its bank)",
            description = "No approval uses it any more; financings already approved within it run their course and"
                    + " still give back what they hold. 409 if already cancelled; another bank's line is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = LineView.class)))
    public Response cancel(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.cancel(c, id));
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "getCreditLine",
            summary = "Get a line",
            description = "The granting bank and the supplier read it with what is used and what is left; any other"
                    + " bank or supplier gets a 404.")
    public LineView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "listCreditLines",
            summary = "List lines",
            description = "A bank sees the lines it granted, a supplier those granted to it. Sort by createdAt,"
                    + " expiresOn or amount.")
    public PageView<LineView> list(
            @Parameter(example = Examples.SUPPLIER_ID) @QueryParam("supplierId") @WellFormedId String supplierId,
            @Parameter(example = ProductExamples.PRODUCT_ID) @QueryParam("productId") @WellFormedId String productId,
            @Parameter(example = ProductExamples.LINE_STATUS, schema = @Schema(implementation = CreditLineStatus.class))
                    @QueryParam("status")
                    String status,
            @BeanParam PageParams paging,
            @Parameter(example = "createdAt,desc") @QueryParam("sort") String sort) {
        return service.list(
                caller.get(),
                supplierId,
                productId,
                QueryParams.enumValue("status", status, CreditLineStatus.class),
                paging.request(sort, CreditLineService.SORTABLE));
    }
}
