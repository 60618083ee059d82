package org.scfin.iso20022;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Ids;
import org.scfin.common.Problem;
import org.scfin.common.ProblemException;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/iso20022/invoice-financing-requests")
@Authenticated
@Tag(
        name = "ISO 20022 invoice financing",
        description = "tsin.001 InvoiceFinancingRequest, tsin.002 InvoiceFinancingRequestStatus and tsin.003"
                + " InvoiceFinancingCancellationRequest, in application/xml")
public class InvoiceFinancingResource {

    static final String XML = "application/xml";
    private static final String TEXT_XML = "text/xml";
    private static final String MALFORMED = "Not well-formed XML, not the expected message (namespace), or a"
            + " schema rule broken: errors name each element by its path, with the line and column";

    @Inject
    InvoiceFinancingService service;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes({XML, TEXT_XML})
    @Produces(XML)
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(
            operationId = "submitInvoiceFinancingRequest",
            summary = "Request financing of invoices with a tsin.001.001.01 InvoiceFinancingRequest (a supplier)",
            description = "The Document alone, or inside an envelope next to its business application header. Each"
                    + " InvcReqInf names an invoice of a confirmed receivable (DocNb), the buyer (the core enterprise) and"
                    + " the amount; FrstAgt is the bank, FincgRqstr the calling supplier. The group header's NbOfInvcReqs"
                    + " and TtlBlkInvcAmt (the total requested) must match the invoices, else 422 naming the element."
                    + " Each invoice becomes a financing application under the bank's program on the buyer, or is"
                    + " reported not financed with its reason; the answer is the tsin.002 status. GrpId is unique per"
                    + " supplier: a message sent again is 409 (ID01, duplicated request) and changes nothing.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = XML,
                            examples = @ExampleObject(name = "one invoice", value = IsoExamples.REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Taken; the tsin.002 status of each invoice, and Location of the status",
            content =
                    @Content(
                            mediaType = XML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "pending", value = IsoExamples.STATUS)))
    @APIResponse(
            responseCode = "400",
            description = MALFORMED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "GrpId was used before by this supplier (rule ID01, duplicated request)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "A body without Content-Type, or not application/xml",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The group header does not match the invoices (NbOfInvcReqs, TtlBlkInvcAmt), a currency"
                    + " other than CNY, an amount with more than 2 decimals, a party not named by its id, FincgRqstr"
                    + " not the caller, or FrstAgt no bank",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(String body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        refuseIdempotencyKey(key);
        InvoiceFinancingService.Submitted submitted = service.submit(caller.get(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(submitted.id())
                        .path("status")
                        .build())
                .entity(submitted.status())
                .type(XML)
                .build();
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}/status")
    @Produces(XML)
    @RolesAllowed({Role.SUPPLIER_NAME, Role.BANK_NAME, Role.ADMIN_NAME})
    @Operation(
            operationId = "getInvoiceFinancingRequestStatus",
            summary = "The tsin.002.001.01 InvoiceFinancingRequestStatus of a request, as its applications stand now"
                    + " (its supplier, the bank it is addressed to, an admin)",
            description = "Per invoice FNCD (disbursed), PDNG (applied or approved) or NTFD (refused here, rejected by"
                    + " the bank, or cancelled), with the ISO reason code (StsRsn/Cd) or, for a bank's reason the code"
                    + " set lacks, a proprietary one (StsRsn/Prtry). Another supplier's or bank's request is 404.")
    @APIResponse(
            responseCode = "200",
            description = "The status",
            content =
                    @Content(
                            mediaType = XML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "pending", value = IsoExamples.STATUS)))
    public Response status(@Parameter(example = IsoExamples.REQUEST_ID) @PathParam("id") String id) {
        return Response.ok(service.status(caller.get(), id)).type(XML).build();
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/cancellation")
    @Consumes({XML, TEXT_XML})
    @Produces(XML)
    @RolesAllowed(Role.SUPPLIER_NAME)
    @Operation(
            operationId = "cancelInvoiceFinancingRequest",
            summary = "Cancel a request with a tsin.003.001.01 InvoiceFinancingCancellationRequest (its supplier)",
            description = "Cancels the request's applications not yet approved; approved or disbursed ones stay and"
                    + " are reported as they stand. CxlReqInf/OrgnlGrpId must be the request's GrpId (else 422, rule"
                    + " CA02). The answer is the tsin.002 status, whose CxlStsInf is PACK, or REJT (CA01) when nothing"
                    + " could be cancelled any more.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = XML,
                            examples = @ExampleObject(name = "cancel", value = IsoExamples.CANCELLATION)))
    @APIResponse(
            responseCode = "200",
            description = "The status after the cancellation",
            content =
                    @Content(
                            mediaType = XML,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "pending", value = IsoExamples.STATUS)))
    @APIResponse(
            responseCode = "400",
            description = MALFORMED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "A body without Content-Type, or not application/xml",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "OrgnlGrpId names another message (CA02), or CxlReqId/Id is not 1 to 35 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(
            @Parameter(example = IsoExamples.REQUEST_ID) @PathParam("id") String id,
            String body,
            @HeaderParam(IdempotentPost.HEADER) String key) {
        refuseIdempotencyKey(key);
        return Response.ok(service.cancel(caller.get(), id, body)).type(XML).build();
    }

    /**
     * A message's own id makes it unique (GrpId, CxlReqId), so these operations take no Idempotency-Key: one sent is
     * refused rather than ignored, so no client believes it protected.
     */
    private static void refuseIdempotencyKey(String key) {
        if (key != null) {
            throw ProblemException.invalidParameter(
                    IdempotentPost.HEADER,
                    "not-accepted",
                    "is not taken by ISO 20022 operations: the message id (GrpId) identifies a request");
        }
    }
}
