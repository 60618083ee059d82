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
import org.scfin.common.Created;
import org.scfin.common.Examples;
import org.scfin.common.Ids;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.coupon.CouponExamples;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.product.ProductExamples;
import org.scfin.region.WellFormedRegionCode;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/financings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Financings", description = "Applications, approval at tracked rates, disbursement and settlement")
public class FinancingResource {

    @Inject
    FinancingService service;

    @Inject
    CreditRelief relief;

    @Inject
    FinancingImport importer;

    /** The financings an import recorded, in the order of its items. */
    public record ImportedFinancings(List<FinancingView> items) {}

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed({Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "applyForFinancing",
            summary = "Apply for financing (a supplier, or its bank on its behalf)",
            description =
                    "The receivables are encumbered"
                            + " at once: one that already backs a live application or financing is refused with 409, whatever the concurrency.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "supplier", value = Examples.APPLICATION_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Applied",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response apply(
            @Valid @NotNull ApplicationInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.apply(c, body), FinancingView::id);
    }

    @POST
    @Path("/import")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "importFinancings",
            summary = "Import financings that already happened (an admin, or a bank for its own book)",
            description = "Up to 1,000"
                    + " items with their real dates and terms, checked like live financings and recorded so that statistics, rates and lists"
                    + " treat them alike. All or nothing: errors name items[i].field. Fully settled items free their receivables; the others"
                    + " stay disbursed (OVERDUE once past maturity) and count against the program's limit. An item ending in a renewal"
                    + " is answered by the renewing financing (its renewalOfId names the one repaid). An item naming"
                    + " creditLineId was lent within that pre-approved line of the program's bank: checked as at approval"
                    + " (422 for another supplier's line or terms outside its product, 409 for a line cancelled, expired"
                    + " on the day of approval or used up), the line holds what stays unpaid.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "one settled financing", value = Examples.IMPORT_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ImportedFinancings.class)))
    public Response importHistory(
            @Valid @NotNull ImportBatch body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.createMany(
                c, key, uri, body, () -> new ImportedFinancings(importer.importBatch(c, body.items())));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/approve")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "approveFinancing",
            summary = "Approve at a rate (the program's bank)",
            description = "Computes principal (advance ratio x face value, at most"
                    + " the request), interest (day count from value date to maturity, half-up to the fen), net amount, and the spreads to the"
                    + " reference rates on the value date; reserves the principal against the program's limit (409 if it would pass it)."
                    + " Naming creditLineId approves within a pre-approved line of the bank for this supplier"
                    + " in the same call: the principal is taken from what is left of the line (409 within-credit-line"
                    + " if it does not fit, 409 live-credit-line if the line is cancelled or expired) and must keep"
                    + " to the line's product (422 on annualRate, valueDate or creditLineId otherwise)."
                    + " Naming couponId applies a rate coupon of the financing's supplier: annualRate keeps to the"
                    + " program's (and the line's) bounds, and the financing is priced at annualRate less the cut,"
                    + " recording rateBeforeCoupon and interestSaved (422 known-coupon for another supplier's coupon or"
                    + " none, 422 positive-rate-after-coupon if the cut leaves no positive rate, 409 unused-coupon if"
                    + " it is used, revoked or expired).")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "terms", value = Examples.APPROVAL_BODY),
                                @ExampleObject(
                                        name = "within a pre-approved line",
                                        value = ProductExamples.LINE_APPROVAL_BODY),
                                @ExampleObject(name = "with a rate coupon", value = CouponExamples.COUPON_APPROVAL_BODY)
                            }))
    @APIResponse(
            responseCode = "200",
            description = "Approved",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response approve(
            @PathParam("id") String id,
            @Valid @NotNull ApprovalInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> service.approve(c, id, body));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/reject")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "rejectFinancing",
            summary =
                    "Reject an application, or withdraw an approval before disbursement, with a reason code (the program's"
                            + " bank)",
            description = "Releases the receivables and any principal reserved against the program's limit.")
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response reject(
            @PathParam("id") String id,
            @Valid @NotNull RejectionInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> service.reject(c, id, body));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/cancel")
    @RolesAllowed({Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "cancelFinancing",
            description =
                    "Only an APPLIED financing can be withdrawn (409 otherwise). The receivables it locked are free at once for another application.",
            summary =
                    "Withdraw an application before approval (the applicant, or the supplier); releases the receivables")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response cancel(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.cancel(c, id));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/disburse")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "disburseFinancing",
            description =
                    "Only an APPROVED financing, before its maturity, can be disbursed (409 otherwise). The core enterprise is told, through its event feed, to pay the bank and not the supplier; the figures count the financing from today.",
            summary = "Record the disbursement (the program's bank)")
    @APIResponse(
            responseCode = "200",
            description = "Disbursed",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response disburse(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.disburse(c, id));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/settle")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "settleFinancing",
            summary = "Record a payment at maturity, full or partial (the program's bank)",
            description = "When all that is due is"
                    + " paid the financing is SETTLED and its receivables and program limit are freed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "full", value = Examples.SETTLEMENT_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response settle(
            @PathParam("id") String id,
            @Valid @NotNull SettlementInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> service.settle(c, id, body));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/extend")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "extendFinancing",
            summary = "Credit relief: extend maturity, optionally at a new rate (the program's bank)",
            description = "From today the"
                    + " (new) rate applies to the principal still outstanding, for the rest of the current term and the added days; the"
                    + " difference is due at the new maturity.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "extension", value = Examples.EXTENSION_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Extended",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response extend(
            @PathParam("id") String id,
            @Valid @NotNull ExtensionInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> relief.extend(c, id, body));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/restructure")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "restructureFinancing",
            summary = "Credit relief: restructure with new terms and a reason (the program's bank)",
            description =
                    "Like an"
                            + " extension, but the maturity may stay, and the rate may go below the program's floor (never above its cap).")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "restructuring", value = Examples.RESTRUCTURING_BODY)))
    @APIResponse(
            responseCode = "200",
            description = "Restructured",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response restructure(
            @PathParam("id") String id,
            @Valid @NotNull ExtensionInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, body, () -> relief.restructure(c, id, body));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/renew")
    @RolesAllowed(Role.BANK_NAME)
    @Operation(
            operationId = "renewFinancing",
            summary = "Credit relief: renew without repayment first (the program's bank)",
            description =
                    "Creates a new, disbursed"
                            + " financing of what is still due, at new terms, that repays this one; the receivables move to the new financing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "renewal", value = Examples.RENEWAL_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "The new financing",
            content = @Content(schema = @Schema(implementation = FinancingView.class)))
    public Response renew(
            @PathParam("id") String id,
            @Valid @NotNull RenewalInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.run(c, key, uri, body, () -> {
            FinancingView renewal = relief.renew(c, id, body);
            return Created.under(uri, "api/v1/financings", renewal.id(), renewal);
        });
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME, Role.ERP_NAME})
    @Operation(
            operationId = "getFinancing",
            summary = "Get a financing",
            description =
                    "Admins, banks and suppliers read it with its full history and computed"
                            + " amounts (Financing). The core enterprise's ERP reads what it must know to pay the right party (DebtorFinancing): the"
                            + " receivables assigned, to which bank, and what it owes on each and when; terms and prices stay between supplier and bank.")
    public VisibleFinancing get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME, Role.ERP_NAME})
    @Operation(
            operationId = "listFinancings",
            summary = "List financings",
            description =
                    "A bank sees its own, a supplier its own, an ERP those on its core enterprise's"
                            + " payables once disbursed, as DebtorFinancing. Sort by appliedAt, maturityDate, principal or disbursedAt (an ERP by"
                            + " disbursedAt only; it filters by status DISBURSED or SETTLED, not by application or maturity dates).")
    public PageView<VisibleFinancing> list(
            @Parameter(example = Examples.BANK_ID) @QueryParam("bankId") @WellFormedId String bankId,
            @Parameter(example = Examples.SUPPLIER_ID) @QueryParam("supplierId") @WellFormedId String supplierId,
            @Parameter(example = Examples.CORE_ENTERPRISE_ID) @QueryParam("coreEnterpriseId") @WellFormedId
                    String coreEnterpriseId,
            @Parameter(description = "The supplier's region and everything under it", example = Examples.CITY_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(example = "OVERDUE", schema = @Schema(implementation = FinancingStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Applied on or after (date in China)",
                            example = Examples.YEAR_START,
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("appliedFrom")
                    String appliedFrom,
            @Parameter(
                            description = "Applied on or before",
                            example = Examples.YEAR_END,
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("appliedTo")
                    String appliedTo,
            @Parameter(
                            description = "Maturing on or after",
                            example = Examples.FOURTH_QUARTER_START,
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("maturityFrom")
                    String maturityFrom,
            @Parameter(
                            description = "Maturing on or before",
                            example = Examples.YEAR_END,
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("maturityTo")
                    String maturityTo,
            @BeanParam PageParams paging,
            @Parameter(example = "appliedAt,desc") @QueryParam("sort") String sort) {
        FinancingService.Filter filter = new FinancingService.Filter(
                bankId,
                supplierId,
                coreEnterpriseId,
                regionCode,
                QueryParams.enumValue("status", status, FinancingStatus.class),
                QueryParams.date("appliedFrom", appliedFrom),
                QueryParams.date("appliedTo", appliedTo),
                QueryParams.date("maturityFrom", maturityFrom),
                QueryParams.date("maturityTo", maturityTo));
        Caller c = caller.get();
        return service.list(c, filter, paging.request(sort, FinancingService.sortableFor(c)));
    }
}
