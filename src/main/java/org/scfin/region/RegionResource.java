package org.scfin.region;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.ProblemException;
import org.scfin.common.RegionCodes;
import org.scfin.security.CurrentCaller;

@Path("/api/v1/regions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "GB/T 2260 administrative divisions")
public class RegionResource {

    @Inject
    RegionService regions;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            operationId = "listRegions",
            summary = "List regions",
            description = "The provinces, or with parent the direct sub-regions of that region, ordered by code.")
    public RegionList list(
            @Parameter(
                            description = "6-digit code of the parent region",
                            example = Examples.PROVINCE_CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = RegionCodes.PATTERN))
                    @QueryParam("parent")
                    @WellFormedRegionCode
                    String parent) {
        caller.requireAuthenticated();
        if (parent != null && regions.find(parent).isEmpty()) {
            throw ProblemException.notFound("region", parent);
        }
        return new RegionList(regions.children(parent));
    }

    @GET
    @Path("/{code: " + RegionCodes.PATTERN + "}")
    @Operation(
            operationId = "getRegion",
            description =
                    "A region by its 6-digit code, with its level (province, prefecture, county) and its parent; 404 for an unknown or malformed code.",
            summary = "Get a region")
    public RegionView get(@Parameter(example = Examples.CITY_CODE) @PathParam("code") String code) {
        caller.requireAuthenticated();
        return regions.find(code).orElseThrow(() -> ProblemException.notFound("region", code));
    }

    /** Regions are a short fixed list per parent, so the answer is not paginated. */
    public record RegionList(List<RegionView> items) {}
}
