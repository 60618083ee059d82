package org.scfin.registration;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.scfin.common.Problem;
import org.scfin.common.QueryParams;
import org.scfin.enterprise.ValidCreditCode;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.receivable.Invoices;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;
import org.scfin.statistics.CsvWriter;

@Path("/api/v1/registrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Registrations",
        description = "Registrations of assignments and pledges of receivables in the national registry"
                + " (动产融资统一登记公示系统), against double financing across platforms")
public class RegistrationResource {

    @Inject
    RegistrationService service;

    @Inject
    RegistrationExport export;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "recordRegistration",
            summary = "Record a filing at the registry for one of the bank's financings (the financing's bank)",
            description = "An INITIAL registration starts a registration of the financing's receivables for a term of"
                    + " 1 to 30 years (termYears): it covers the financing's invoices (or those listed), with the"
                    + " core enterprise as debtor, the supplier as assignor or pledgor and the bank as assignee. A"
                    + " CHANGE (new invoices or amount), an EXTENSION (termYears added) or a CANCELLATION names the"
                    + " initial registration's number in initialRegistrationNumber, and the registration must be live"
                    + " on its date. A registration is live from registeredOn until the day before expiresOn, and"
                    + " not from its cancellation on. Answers the registration as it now stands; its Location is"
                    + " the registration's.")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "initial registration", value = RegistrationExamples.INITIAL),
                                @ExampleObject(name = "extension", value = RegistrationExamples.EXTENSION)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationView.class),
                            examples = @ExampleObject(name = "registered", value = RegistrationExamples.VIEW)))
    @APIResponse(
            responseCode = "404",
            description = "No such financing, or another bank's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The registration number is already recorded; an initial registration of a financing that"
                    + " is no longer live; a later filing on a registration cancelled or expired by its date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A field breaks a rule, named in errors: registeredOn in the future, termYears or"
                    + " initialRegistrationNumber missing or not allowed for the kind, an invoice not of the"
                    + " financing, an initialRegistrationNumber not recorded for the financing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(
            @Valid @NotNull RegistrationInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.record(c, body), RegistrationView::id);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "searchRegistrations",
            summary = "Search the live registrations recorded on this platform (banks and the admin)",
            description = "What a lender reads before it lends: the registrations live today whose debtor, creditor"
                    + " (assignor or pledgor) or invoice matches every filter given; at least one is required (400)."
                    + " Like the registry, the answer shows every bank's registrations; another bank's financing and"
                    + " amount are left out. Sort by registeredOn (default) or expiresOn.")
    @APIResponse(
            responseCode = "200",
            description = "A page of live registrations",
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationPage.class),
                            examples =
                                    @ExampleObject(name = "another bank's", value = RegistrationExamples.PUBLIC_PAGE)))
    @APIResponse(
            responseCode = "422",
            description = "A credit code that cannot be one (an invoice number that cannot be one is 400)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<RegistrationView> search(
            @Parameter(
                            description = "The core enterprise that owes the receivables",
                            example = Examples.CORE_ENTERPRISE_CREDIT_CODE)
                    @QueryParam("debtorCreditCode")
                    @ValidCreditCode
                    String debtorCreditCode,
            @Parameter(
                            description = "The supplier that assigned or pledged them",
                            example = Examples.SUPPLIER_CREDIT_CODE)
                    @QueryParam("creditorCreditCode")
                    @ValidCreditCode
                    String creditorCreditCode,
            @Parameter(description = "An invoice number, in any case", example = "04403991")
                    @QueryParam("invoiceNumber")
                    @Pattern(regexp = Invoices.NUMBER_PATTERN, message = Invoices.NUMBER_MESSAGE)
                    String invoiceNumber,
            @BeanParam PageParams paging,
            @Parameter(example = "expiresOn,desc") @QueryParam("sort") String sort) {
        return service.search(
                caller.get(),
                new RegistrationService.Search(debtorCreditCode, creditorCreditCode, invoiceNumber),
                paging.request(sort, RegistrationService.SORTABLE));
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "getRegistration",
            summary = "Get a registration (banks and the admin)",
            description = "Any registration recorded here, live or not, as the search shows it: another bank's"
                    + " financing and amount are left out.")
    @APIResponse(
            responseCode = "200",
            description = "The registration",
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationView.class),
                            examples = @ExampleObject(name = "registered", value = RegistrationExamples.VIEW)))
    public RegistrationView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @Path("/export")
    @Produces(CsvWriter.TEXT_CSV)
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "exportRegistrations",
            summary = "Export the bank's own filings for the registry, as CSV (the bank)",
            description = "One row per filing registered from `from` to `to` (inclusive, at most 366 days), oldest"
                    + " first, with the registry's fields: kind, registry, registrationNumber,"
                    + " initialRegistrationNumber (on a later filing), encumbrance, registeredOn, termYears, expiresOn"
                    + " (after the filing), the registrant (the bank) and the assignor (the supplier) and debtor (the"
                    + " core enterprise) by name and credit code, propertyDescription (the invoices covered after the"
                    + " filing), amount, currency and financingId. RFC 4180, UTF-8, CRLF.")
    @APIResponse(
            responseCode = "200",
            description = "The filings",
            content =
                    @Content(
                            mediaType = CsvWriter.TEXT_CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "one initial registration",
                                            value = RegistrationExamples.CSV)))
    public String export(
            @Parameter(description = "First registration date", example = "2025-07-01", required = true)
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last registration date", example = "2025-12-31", required = true)
                    @QueryParam("to")
                    String to) {
        return export.csv(caller.get(), QueryParams.date("from", from), QueryParams.date("to", to));
    }

    /** The search's shape in the OpenAPI document. */
    @Schema(name = "RegistrationPage", description = "A page of registrations")
    record RegistrationPage(
            List<RegistrationView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "1") long total) {}
}
