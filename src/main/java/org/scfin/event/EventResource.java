package org.scfin.event;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.scfin.security.CurrentCaller;
import org.scfin.security.Role;

@Path("/api/v1/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Each caller's feed of what happened to its own business, in commit order")
public class EventResource {

    @Inject
    EventFeed feed;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.ERP_NAME, Role.SUPPLIER_NAME, Role.BANK_NAME})
    @Operation(
            operationId = "listEvents",
            summary = "Read the caller's events after a cursor",
            description = "Returns {\"items\": [...], \"next\": CURSOR}. Store"
                    + " next once the items are processed and pass it as after= to resume, after a crash too: nothing is lost or repeated."
                    + " An ERP sees events about its core enterprise (including RECEIVABLES_ASSIGNED: pay the bank, not the supplier),"
                    + " a supplier its own, a bank its own business.")
    public EventFeed.Page read(
            @Parameter(
                            description = "Cursor from a previous read; absent or 0 for the beginning",
                            example = Examples.EVENT_CURSOR)
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "1 to 1000, default 100",
                            example = "100",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
                    @QueryParam("limit")
                    String limit) {
        return feed.read(caller.get(), after, limit);
    }
}
