package org.scfin.credit;

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
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/credit-consents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credit information")
public class CreditConsentResource {

    @Inject
    CreditConsentService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(
            operationId = "grantCreditConsent",
            summary = "Authorise a bank to read the supplier's non-public profile (the supplier)",
            description = "For a purpose and from validFrom to validUntil, both days included. While it is LIVE the"
                    + " bank reads the FULL profile; before, after, or once revoked it reads the PUBLIC part only."
                    + " 422 naming the field for an unknown bank or a period that ends before it starts or before"
                    + " today.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "six months", value = CreditExamples.CONSENT_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Granted; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = ConsentView.class),
                            examples = @ExampleObject(name = "live", value = CreditExamples.CONSENT)))
    public Response grant(
            @Valid @NotNull ConsentInput body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.grant(c, body), ConsentView::id);
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/revoke")
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(
            operationId = "revokeCreditConsent",
            summary = "Revoke a consent (its supplier)",
            description = "From now on its bank reads the PUBLIC part only. Revoking again changes nothing and answers"
                    + " the consent with its first revocation. Another supplier's consent is 404. No body.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked (now or before)",
            content =
                    @Content(
                            schema = @Schema(implementation = ConsentView.class),
                            examples = @ExampleObject(name = "revoked", value = CreditExamples.REVOKED)))
    public Response revoke(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.revoke(c, id));
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "listCreditConsents",
            summary = "List consents",
            description = "A supplier lists those it granted, a bank those granted to it, an admin all. status is as"
                    + " of today's business date. Sort by createdAt (default, oldest first) or validUntil.")
    @APIResponse(
            responseCode = "200",
            description = "A page of consents",
            content =
                    @Content(
                            schema = @Schema(implementation = ConsentPage.class),
                            examples = @ExampleObject(name = "one live", value = CreditExamples.CONSENT_PAGE)))
    public PageView<ConsentView> list(
            @Parameter(example = "LIVE", schema = @Schema(implementation = ConsentStatus.class)) @QueryParam("status")
                    String status,
            @Parameter(example = Examples.BANK_ID) @QueryParam("bankId") @WellFormedId String bankId,
            @Parameter(example = Examples.SUPPLIER_ID) @QueryParam("supplierId") @WellFormedId String supplierId,
            @BeanParam PageParams paging,
            @Parameter(example = "validUntil,desc") @QueryParam("sort") String sort) {
        return service.list(
                caller.get(),
                new CreditConsentService.Filter(
                        QueryParams.enumValue("status", status, ConsentStatus.class), bankId, supplierId),
                paging.request(sort, CreditConsentService.SORTABLE));
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "getCreditConsent",
            summary = "Get a consent",
            description = "Its supplier, its bank or an admin; another party's is 404.")
    @APIResponse(
            responseCode = "200",
            description = "The consent",
            content =
                    @Content(
                            schema = @Schema(implementation = ConsentView.class),
                            examples = @ExampleObject(name = "live", value = CreditExamples.CONSENT)))
    public ConsentView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    /** The list's shape in the OpenAPI document. */
    @Schema(name = "CreditConsentPage", description = "A page of consents")
    record ConsentPage(
            List<ConsentView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "1") long total) {}
}
