package org.scfin.credit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Problem;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/credit-facts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Credit information",
        description = "Facts from public data about enterprises, profiles, suppliers' consents and the record of reads")
public class CreditFactResource {

    static final String CSV = "text/csv";

    private static final String KINDS = " Kinds and their value fields: TAX_GRADE grade (A, B, M, C, D; A best, M a"
            + " new firm); SOCIAL_INSURANCE headcount; UTILITY_PAYMENT paymentStatus (ON_TIME, LATE, ARREARS) and"
            + " monthsCovered; COURT_JUDGMENT caseNumber, role (PLAINTIFF, DEFENDANT, THIRD_PARTY) and amount;"
            + " ADMINISTRATIVE_PENALTY decisionNumber, authority and amount. Fields of another kind must be left out."
            + " A fact identical to one recorded (same enterprise, kind, asOf and values) is not written again."
            + " When a supplier with an outstanding (disbursed, unsettled) financing gets a new public judgment as"
            + " DEFENDANT, a new public penalty, or a public tax grade below its previous one, each bank lending to"
            + " it receives a CREDIT_ALERT event.";

    @Inject
    CreditFactImport importer;

    @Inject
    CreditFactCsv csv;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "importCreditFacts",
            summary = "Import credit facts as JSON (the admin)",
            description = "1 to 1,000 dated facts about enterprises by unified social credit code, all or nothing:"
                    + " errors name items[i].field. The enterprise need not be on the platform." + KINDS)
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "three facts", value = CreditExamples.IMPORT_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = ImportedFacts.class),
                            examples = @ExampleObject(name = "two new", value = CreditExamples.IMPORTED)))
    public Response importJson(
            @Valid @NotNull CreditFactBatch body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> importer.importFacts(c, body.items(), i -> "items[" + i + "]."));
    }

    @POST
    @Path("/csv")
    @Consumes(CSV)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "importCreditFactsCsv",
            summary = "Import credit facts as CSV (the admin)",
            description = "The same facts and rules as the JSON import, as text/csv (UTF-8, RFC 4180: fields with"
                    + " commas, quotes or line breaks in double quotes). The first line names the columns, in any"
                    + " order, with the JSON field names: creditCode, kind, asOf (YYYY-MM-DD), source, public (true or"
                    + " false), grade, headcount, paymentStatus, monthsCovered, caseNumber, role, decisionNumber,"
                    + " authority, amount (yuan, e.g. 85000.00). An empty cell leaves the field out. 1 to 1,000 rows"
                    + " after the header, all or nothing: errors name the line and the column, e.g."
                    + " \"line 3, column grade\"." + KINDS)
    @RequestBody(
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "three facts", value = CreditExamples.IMPORT_CSV)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = ImportedFacts.class),
                            examples = @ExampleObject(name = "two new", value = CreditExamples.IMPORTED)))
    @APIResponse(
            responseCode = "415",
            description = "A body without Content-Type, or not text/csv",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importCsv(String body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> {
            CreditFactCsv.Rows rows = csv.read(body);
            return importer.importFacts(c, rows.facts(), rows::fieldPrefix);
        });
    }
}
