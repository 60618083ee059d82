package org.scfin.credit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
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
import org.scfin.common.PageRequest;
import org.scfin.common.PageView;
import org.scfin.common.PlainText;
import org.scfin.common.Problem;
import org.scfin.common.ProblemException;
import org.scfin.common.QueryParams;
import org.scfin.common.Times;
import org.scfin.enterprise.ValidCreditCode;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/credit-profiles/{creditCode: " + CreditProfileResource.CODE + "}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit information")
public class CreditProfileResource {

    /** The shape of a unified social credit code; its check character is checked by {@link ValidCreditCode}. */
    static final String CODE = "[0-9A-Z]{18}";

    @Inject
    CreditProfiles profiles;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "getCreditProfile",
            summary = "Get an enterprise's credit profile as of a date",
            description = "The latest fact of each kind with asOf on or before the date (default today). A bank says"
                    + " why it reads (purpose) and reads the PUBLIC part of any enterprise's profile (the latest public"
                    + " fact of each kind); the FULL profile only under a live consent of that supplier to that bank,"
                    + " else 403 saying so. Every bank read is recorded (listCreditReads). A supplier reads its own"
                    + " profile (another enterprise's is 404), an admin any; both get FULL unless they ask for PUBLIC."
                    + " An enterprise nothing is known about has a profile without facts.")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            content =
                    @Content(
                            schema = @Schema(implementation = CreditProfileView.class),
                            examples = @ExampleObject(name = "full", value = CreditExamples.PROFILE)))
    @APIResponse(
            responseCode = "403",
            description = "The caller's role may not read profiles, or a bank asked for FULL without the supplier's"
                    + " live consent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CreditProfileView get(
            @Parameter(example = Examples.SUPPLIER_CREDIT_CODE) @PathParam("creditCode") @ValidCreditCode
                    String creditCode,
            @Parameter(description = "Default today; not after today", example = "2026-04-20") @QueryParam("asOf")
                    String asOf,
            @Parameter(
                            description = "PUBLIC, or FULL; a bank's default is PUBLIC, others' FULL",
                            example = "FULL",
                            schema = @Schema(implementation = ProfilePart.class))
                    @QueryParam("part")
                    String part,
            @Parameter(description = "Why the bank reads (required of a bank, recorded)", example = "应收账款融资贷前审查")
                    @QueryParam("purpose")
                    @Size(max = 200)
                    @PlainText
                    String purpose) {
        return profiles.read(
                caller.get(),
                creditCode,
                notAfterToday(QueryParams.date("asOf", asOf)),
                QueryParams.enumValue("part", part, ProfilePart.class),
                purpose);
    }

    @GET
    @Path("/facts")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "listCreditFacts",
            summary = "List every fact recorded about an enterprise (the admin, or the supplier itself)",
            description = "The history behind the profile, newest asOf first, public and non-public. A supplier lists"
                    + " its own facts only (another enterprise's are 404).")
    @APIResponse(
            responseCode = "200",
            description = "A page of facts",
            content =
                    @Content(
                            schema = @Schema(implementation = CreditFactPage.class),
                            examples = @ExampleObject(name = "two facts", value = CreditExamples.FACT_PAGE)))
    public PageView<CreditFactView> facts(
            @Parameter(example = Examples.SUPPLIER_CREDIT_CODE) @PathParam("creditCode") @ValidCreditCode
                    String creditCode,
            @Parameter(example = "TAX_GRADE", schema = @Schema(implementation = FactKind.class)) @QueryParam("kind")
                    String kind,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request(null, List.of("asOf"));
        return profiles.history(
                caller.get(),
                creditCode,
                QueryParams.enumValue("kind", kind, FactKind.class),
                page.page(),
                page.size());
    }

    private static LocalDate notAfterToday(LocalDate day) {
        if (day != null && day.isAfter(Times.today())) {
            throw ProblemException.invalidParameter("asOf", "not-in-future", "must not be after today");
        }
        return day;
    }

    /** The list's shape in the OpenAPI document. */
    @Schema(name = "CreditFactPage", description = "A page of credit facts")
    record CreditFactPage(
            List<CreditFactView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "2") long total) {}
}
