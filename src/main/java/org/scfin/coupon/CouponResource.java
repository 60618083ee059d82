package org.scfin.coupon;

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
import org.scfin.common.RegionCodes;
import org.scfin.common.WellFormedId;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.region.WellFormedRegionCode;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/rate-coupons")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Rate coupons",
        description = "Cuts of the annual rate a regional authority gives suppliers of its region, applied once by a"
                + " bank at approval")
public class CouponResource {

    @Inject
    CouponService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Operation(
            operationId = "issueRateCoupons",
            summary = "Issue rate coupons to suppliers of the authority's region",
            description = "One coupon per supplier, all of the same cut (basis points, 20 by default) and expiry, all"
                    + " issued or none. Each supplier must be registered in the authority's region or a region under"
                    + " it: 422 naming supplierIds[i] (rule supplier-in-region) otherwise, with the same words whether"
                    + " the supplier is elsewhere or does not exist; a supplier listed twice is 422 (distinct); an"
                    + " expiry not after today is 422 naming expiresOn. Each supplier receives a COUPON_ISSUED event.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "coupons", value = CouponExamples.ISSUE_BODY)))
    @APIResponse(
            responseCode = "201",
            description = "Issued",
            content = @Content(schema = @Schema(implementation = IssuedCoupons.class)))
    public Response issue(
            @Valid @NotNull CouponIssue body, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.createMany(c, key, uri, body, () -> service.issue(c, body));
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/revoke")
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Operation(
            operationId = "revokeRateCoupon",
            summary = "Revoke an unused coupon",
            description = "By the authority that issued it or one above it (an authority below the issuer: 403); a"
                    + " coupon of a supplier outside the authority's region is a 404. A used or already revoked coupon"
                    + " is a 409; an expired one may be revoked. The supplier receives a COUPON_REVOKED event.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = CouponView.class)))
    public Response revoke(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.revoke(c, id));
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AUTHORITY_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "getRateCoupon",
            summary = "Get a coupon",
            description = "An authority reads the coupons of its region's suppliers, a supplier its own, an admin"
                    + " all. A bank reads a coupon used on one of its financings, and, before approving, the coupon"
                    + " of a supplier that has an application awaiting the bank's decision; any other coupon is a 404.")
    public CouponView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AUTHORITY_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "listRateCoupons",
            summary = "List coupons",
            description = "An authority sees the coupons of the suppliers of its region and the regions under it, a"
                    + " supplier its own, a bank those used on its financings, an admin all. Filters combine with AND;"
                    + " regionCode is the supplier's region with every region under it. Sort by createdAt (default),"
                    + " expiresOn or cutBp.")
    public PageView<CouponView> list(
            @Parameter(example = Examples.SUPPLIER_ID) @QueryParam("supplierId") @WellFormedId String supplierId,
            @Parameter(example = CouponExamples.AUTHORITY_REGION, schema = @Schema(pattern = RegionCodes.PATTERN))
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(example = CouponExamples.STATUS, schema = @Schema(implementation = CouponStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Issued on or after", example = CouponExamples.ISSUED_ON) @QueryParam("issuedFrom")
                    String issuedFrom,
            @Parameter(description = "Issued on or before", example = CouponExamples.EXPIRES_ON) @QueryParam("issuedTo")
                    String issuedTo,
            @BeanParam PageParams paging,
            @Parameter(example = "createdAt,desc") @QueryParam("sort") String sort) {
        return service.list(
                caller.get(),
                new CouponService.Filter(
                        supplierId,
                        regionCode,
                        QueryParams.enumValue("status", status, CouponStatus.class),
                        QueryParams.date("issuedFrom", issuedFrom),
                        QueryParams.date("issuedTo", issuedTo)),
                paging.request(sort, CouponService.SORTABLE));
    }
}
