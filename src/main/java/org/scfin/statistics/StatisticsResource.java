package org.scfin.statistics;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.Ids;
import org.scfin.common.RegionCodes;
import org.scfin.common.Times;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/stats")
@Authenticated
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(
        name = "Statistics",
        description =
                "Volumes, growth, rates, inclusion, speed, relief, balances and coverage per region, chain and"
                        + " bank. Every answer is also available as CSV (Accept: text/csv). A period is from and to (inclusive dates), or year=2025,"
                        + " quarter=2025Q3 or month=2025-07; without one, the current calendar year. A change committed before the call is counted.")
public class StatisticsResource {

    @Inject
    StatisticsService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/regions/{code: " + RegionCodes.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "getRegionStatistics",
            summary = "A region's figures (an admin, or a dashboard within its region)",
            description = "Over the financings"
                    + " disbursed in the period to suppliers registered in the region or under it, with the same period a year earlier."
                    + " creditInformation adds the lending through pre-approved lines and the banks' reads of"
                    + " the region's suppliers' credit profiles in the period, and the product pool serving"
                    + " the region as it stands now.")
    public RegionStatistics region(
            @Parameter(example = Examples.CITY_CODE) @PathParam("code") String code, @BeanParam PeriodParams period) {
        return service.region(caller.get(), code, period.period());
    }

    @GET
    @Path("/regions/{code: " + RegionCodes.PATTERN + "}/children")
    @RolesAllowed({Role.ADMIN_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "listRegionChildStatistics",
            description =
                    "Each direct sub-region's number and amount of financings, distinct suppliers and core enterprises, year-on-year change and rank, for the period; a dashboard token sees its own region and below.",
            summary = "Headline figures of each direct sub-region, ranked by amount and by number")
    public RegionRanking children(
            @Parameter(example = Examples.PROVINCE_CODE) @PathParam("code") String code,
            @BeanParam PeriodParams period) {
        return service.children(caller.get(), code, period.period());
    }

    @GET
    @Path("/regions/{code: " + RegionCodes.PATTERN + "}/series")
    @RolesAllowed({Role.ADMIN_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "getRegionSeries",
            summary = "Headline figures per month, quarter or year",
            description = "from and to widen to whole periods; without" + " them, the current calendar year. At most "
                    + SeriesRange.MAX_PERIODS + " periods.")
    public RegionSeries series(
            @Parameter(example = Examples.CITY_CODE) @PathParam("code") String code,
            @Parameter(description = "month (default), quarter or year", example = "month") @QueryParam("granularity")
                    String granularity,
            @Parameter(example = Examples.YEAR_START) @QueryParam("from") String from,
            @Parameter(example = Examples.YEAR_END) @QueryParam("to") String to) {
        SeriesRange range = SeriesRange.parse(granularity, from, to, Times.today());
        return service.series(caller.get(), code, range.granularity(), range.from(), range.to());
    }

    @GET
    @Path("/regions/{code: " + RegionCodes.PATTERN + "}/chains")
    @RolesAllowed({Role.ADMIN_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "listRegionChainStatistics",
            summary = "The industrial chains of the region and under it, ranked by amount",
            description = "Each chain registered in the region or a region under it, with its leader and deputy leader"
                    + " banks, its financings and its chain leaders' share over the period: the same figures as"
                    + " /api/v1/stats/industrial-chains/{id} gives for it.")
    public RegionChains chains(
            @Parameter(example = Examples.CITY_CODE) @PathParam("code") String code, @BeanParam PeriodParams period) {
        return service.chains(caller.get(), code, period.period());
    }

    @GET
    @Path("/regions/{code: " + RegionCodes.PATTERN + "}/banks")
    @RolesAllowed({Role.ADMIN_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "listRegionBankStatistics",
            summary = "The banks that financed the region's suppliers, ranked by amount",
            description = "Each bank's financings disbursed in the period to suppliers registered in the region or"
                    + " under it, and its share of the region's amount. Counted as the region's figures count them"
                    + " (renewals under relief, not here), so the banks' counts and amounts add up to the region's.")
    public RegionBanks banks(
            @Parameter(example = Examples.CITY_CODE) @PathParam("code") String code, @BeanParam PeriodParams period) {
        return service.banks(caller.get(), code, period.period());
    }

    @GET
    @Path("/industrial-chains/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.DASHBOARD_NAME})
    @Operation(
            operationId = "getIndustrialChainStatistics",
            summary = "An industrial chain's figures, its chain leaders' share and each bank's part",
            description =
                    "Over the"
                            + " financings of receivables owed by the chain's core enterprises (their chain when the financing was disbursed).")
    public ChainStatistics chain(
            @Parameter(example = Examples.STATISTICS_CHAIN_ID) @PathParam("id") String id,
            @BeanParam PeriodParams period) {
        return service.chain(caller.get(), id, period.period());
    }

    @GET
    @Path("/banks/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "getBankStatistics",
            description =
                    "The bank's figures over its own financings, for a year, quarter, month or date range, worked out as a region's are.",
            summary = "A bank's own figures (the bank itself, or an admin)")
    public BankStatistics bank(
            @Parameter(example = Examples.STATISTICS_BANK_ID) @PathParam("id") String id,
            @BeanParam PeriodParams period) {
        return service.bank(caller.get(), id, period.period());
    }
}
