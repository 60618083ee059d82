package org.scfin.event;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.security.Role;

@Schema(name = "Event", description = "Something that happened to the caller's business")
public record EventView(
        @Schema(
                description = "Position in the feed; pass the last one read as after= to resume",
                example = Examples.EVENT_CURSOR)
        String cursor,

        @Schema(example = "RECEIVABLES_ASSIGNED") EventType type,
        @Schema(example = "financing") String subjectType,
        @Schema(example = Examples.FINANCING_ID) String subjectId,
        @Schema(example = Examples.DISBURSED_AT) Instant occurredAt,

        @Schema(
                description = "The event's facts",
                type = SchemaType.OBJECT,
                example = Examples.ASSIGNMENT_EVENT_PAYLOAD)
        @JsonRawValue
        String data) {

    /**
     * An ERP reads the core enterprise's own view of the event where it has one (see {@link Events#record}). A
     * financing event without one never shows it the supplier's and bank's payload: it reads the event's facts as
     * empty. (Migration V9 readdresses such events written before debtor copies existed; this holds regardless.)
     */
    public static EventView of(Event e, Role reader) {
        String data = reader != Role.ERP
                ? e.payload
                : e.debtorPayload != null ? e.debtorPayload : FINANCING.equals(e.subjectType) ? "{}" : e.payload;
        return new EventView(Long.toString(e.seq), e.type, e.subjectType, e.subjectId, e.occurredAt, data);
    }

    private static final String FINANCING = "financing";
}
