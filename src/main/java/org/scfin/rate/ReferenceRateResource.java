package org.scfin.rate;

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
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.QueryParams;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.region.WellFormedRegionCode;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/reference-rates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference rates", description = "Loan prime rates and regional small-business averages, by effective date")
public class ReferenceRateResource {

    @Inject
    ReferenceRateService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            operationId = "createReferenceRate",
            summary = "Record a reference rate (admin)",
            description = "The rate in force on a date is the latest effective on or"
                    + " before it; a region without its own average takes its parent region's.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReferenceRateView.class)))
    public Response create(
            @Valid @NotNull ReferenceRateInput body,
            @HeaderParam(IdempotentPost.HEADER) String key,
            @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.create(c, key, uri, body, () -> service.create(c, body), ReferenceRateView::id);
    }

    @GET
    @Operation(
            operationId = "listReferenceRates",
            summary = "List reference rates",
            description = "Public reference data, readable by every caller. Sort by effectiveFrom" + " or createdAt.")
    public PageView<ReferenceRateView> list(
            @Parameter(example = "LPR_1Y", schema = @Schema(implementation = RateType.class)) @QueryParam("type")
                    String type,
            @Parameter(description = "Region of a regional average", example = Examples.CITY_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @BeanParam PageParams paging,
            @Parameter(example = "effectiveFrom,desc") @QueryParam("sort") String sort) {
        caller.requireAuthenticated();
        return service.list(
                QueryParams.enumValue("type", type, RateType.class),
                regionCode,
                paging.request(sort, ReferenceRateService.SORTABLE));
    }
}
