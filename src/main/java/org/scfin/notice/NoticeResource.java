package org.scfin.notice;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scfin.common.Examples;
import org.scfin.common.Ids;
import org.scfin.common.PageParams;
import org.scfin.common.PageView;
import org.scfin.common.ProblemException;
import org.scfin.common.QueryParams;
import org.scfin.common.WellFormedId;
import org.scfin.idempotency.IdempotentPost;
import org.scfin.security.Caller;
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/notices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Notices",
        description = "Notices of assignment, replacement and release: whom a core enterprise pays for financed"
                + " receivables, and their acknowledgement")
public class NoticeResource {

    @Inject
    NoticeService service;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentPost idempotent;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "listNotices",
            summary = "List notices",
            description = "An ERP lists the notices addressed to its core enterprise, a bank those it issued, a"
                    + " supplier those about its receivables (read-only). status UNACKNOWLEDGED with"
                    + " minUnacknowledgedHours shows a bank what has waited too long. Sort by issuedAt (default,"
                    + " oldest first) or dueDate.")
    @APIResponse(
            responseCode = "200",
            description = "A page of notices",
            content =
                    @Content(
                            schema = @Schema(implementation = NoticePage.class),
                            examples =
                                    @ExampleObject(
                                            name = "one unacknowledged assignment",
                                            value = NoticeExamples.PAGE)))
    public PageView<NoticeView> list(
            @Parameter(
                            description = "ACKNOWLEDGED or UNACKNOWLEDGED",
                            example = "UNACKNOWLEDGED",
                            schema = @Schema(implementation = NoticeStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(example = "ASSIGNMENT", schema = @Schema(implementation = NoticeKind.class)) @QueryParam("kind")
                    String kind,
            @Parameter(example = Examples.FINANCING_ID) @QueryParam("financingId") @WellFormedId String financingId,
            @Parameter(
                            description = "Only notices still unacknowledged this many hours (0 to 87600) after issue",
                            example = "24",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "87600"))
                    @QueryParam("minUnacknowledgedHours")
                    String minUnacknowledgedHours,
            @BeanParam PageParams paging,
            @Parameter(example = "issuedAt,desc") @QueryParam("sort") String sort) {
        return service.list(
                caller.get(),
                new NoticeService.Filter(
                        QueryParams.enumValue("status", status, NoticeStatus.class),
                        QueryParams.enumValue("kind", kind, NoticeKind.class),
                        financingId,
                        hours(minUnacknowledgedHours)),
                paging.request(sort, NoticeService.SORTABLE));
    }

    @GET
    @Path("/{id: " + Ids.PATTERN + "}")
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.BANK_NAME, Role.SUPPLIER_NAME})
    @Operation(
            operationId = "getNotice",
            summary = "Get a notice",
            description = "Another party's notice is not found (404).")
    @APIResponse(
            responseCode = "200",
            description = "The notice",
            content =
                    @Content(
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "an assignment", value = NoticeExamples.ASSIGNMENT)))
    public NoticeView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @POST
    @Path("/{id: " + Ids.PATTERN + "}/acknowledge")
    @RolesAllowed(Role.ERP_NAME)
    @Operation(
            operationId = "acknowledgeNotice",
            summary = "Acknowledge a notice (the core enterprise's ERP)",
            description = "Records when the notice was acknowledged and by whom (the token's subject), and announces it"
                    + " with a NOTICE_ACKNOWLEDGED event. Acknowledging again is harmless: it changes nothing and"
                    + " answers the notice with its first acknowledgement. No body.")
    @APIResponse(
            responseCode = "200",
            description = "Acknowledged (now or before)",
            content =
                    @Content(
                            schema = @Schema(implementation = NoticeView.class),
                            examples = @ExampleObject(name = "acknowledged", value = NoticeExamples.ACKNOWLEDGED)))
    public Response acknowledge(
            @PathParam("id") String id, @HeaderParam(IdempotentPost.HEADER) String key, @Context UriInfo uri) {
        Caller c = caller.get();
        return idempotent.ok(c, key, uri, null, () -> service.acknowledge(c, id));
    }

    private static Integer hours(String value) {
        Integer hours = QueryParams.integer("minUnacknowledgedHours", value);
        if (hours != null && (hours < 0 || hours > MAX_HOURS)) {
            throw ProblemException.invalidParameter(
                    "minUnacknowledgedHours", "range", "must be between 0 and " + MAX_HOURS);
        }
        return hours;
    }

    /** Ten years: any longer is no filter at all. */
    private static final int MAX_HOURS = 87_600;

    /** The list's shape in the OpenAPI document. */
    @Schema(name = "NoticePage", description = "A page of notices")
    record NoticePage(
            List<NoticeView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "1") long total) {}
}
