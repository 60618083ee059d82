package org.scfin.credit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.region.WellFormedRegionCode;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/credit-reads")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit information")
public class CreditReadResource {

    @Inject
    CreditReads reads;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "listCreditReads",
            summary = "List bank reads of credit profiles",
            description = "Every bank read of a profile: which bank, when, for what purpose, whether it read"
                    + " non-public facts (and under which consent), and the kinds returned. A supplier lists the reads"
                    + " of its own profile, a bank its own reads, an admin all. from and to are business dates of the"
                    + " read, both included; regionCode is the supplier's region. Sort by readAt (default oldest first;"
                    + " readAt,desc for the newest).")
    @APIResponse(
            responseCode = "200",
            description = "A page of reads",
            content =
                    @Content(
                            schema = @Schema(implementation = CreditReadPage.class),
                            examples = @ExampleObject(name = "one consented read", value = CreditExamples.READ_PAGE)))
    public PageView<CreditReadView> list(
            @Parameter(example = Examples.BANK_ID) @QueryParam("bankId") @WellFormedId String bankId,
            @Parameter(example = Examples.SUPPLIER_ID) @QueryParam("supplierId") @WellFormedId String supplierId,
            @Parameter(example = Examples.CITY_CODE) @QueryParam("regionCode") @WellFormedRegionCode String regionCode,
            @Parameter(description = "true: reads of non-public facts only; false: public only", example = "true")
                    @QueryParam("nonPublic")
                    String nonPublic,
            @Parameter(example = "2026-04-01") @QueryParam("from") String from,
            @Parameter(example = "2026-04-30") @QueryParam("to") String to,
            @BeanParam PageParams paging,
            @Parameter(example = "readAt,desc") @QueryParam("sort") String sort) {
        return reads.list(
                caller.get(),
                new CreditReads.Filter(
                        bankId,
                        supplierId,
                        regionCode,
                        bool(nonPublic),
                        QueryParams.date("from", from),
                        QueryParams.date("to", to)),
                paging.request(sort, CreditReads.SORTABLE));
    }

    private static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidParameter("nonPublic", "format", "must be true or false");
        };
    }

    /** The list's shape in the OpenAPI document. */
    @Schema(name = "CreditReadPage", description = "A page of profile reads")
    record CreditReadPage(
            List<CreditReadView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "1") long total) {}
}
