package org.scfin.rate;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.region.WellFormedRegionCode;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/rates/financings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference rates")
public class RateRecordResource {

    @Inject
    RateRecordService service;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "listFinancingRates",
            summary = "List rate records of approvals and repricings",
            description = "A bank sees its own; a dashboard bound to a"
                    + " region sees that region's subtree. Sort by rateDate, annualRate or principal.")
    public PageView<RateRecordView> list(
            @Parameter(example = Examples.BANK_ID) @QueryParam("bankId") @WellFormedId String bankId,
            @Parameter(description = "The supplier's region and everything under it", example = Examples.CITY_CODE)
                    @QueryParam("regionCode")
                    @WellFormedRegionCode
                    String regionCode,
            @Parameter(description = "APPROVAL, EXTENSION, RENEWAL or RESTRUCTURING", example = Examples.RATE_KIND)
                    @QueryParam("kind")
                    String kind,
            @Parameter(example = Examples.FINANCING_ID) @QueryParam("financingId") @WellFormedId String financingId,
            @Parameter(example = Examples.YEAR_START, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(example = Examples.YEAR_END, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @BeanParam PageParams paging,
            @Parameter(example = "rateDate,desc") @QueryParam("sort") String sort) {
        RateRecordService.Filter filter = new RateRecordService.Filter(
                bankId, regionCode, kind, financingId, QueryParams.date("from", from), QueryParams.date("to", to));
        return service.list(caller.get(), filter, paging.request(sort, RateRecordService.SORTABLE));
    }
}
