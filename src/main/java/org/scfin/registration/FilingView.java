package org.scfin.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrationFiling", description = "One filing on a registration, as recorded")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilingView(
        @Schema(example = "INITIAL") RegistrationKind kind,
        @Schema(example = RegistrationExamples.NUMBER) String registrationNumber,
        @Schema(example = "2025-07-02") LocalDate registeredOn,

        @Schema(description = "Absent on a change or a cancellation", example = "3", nullable = true)
        Integer termYears,

        @Schema(description = "The registration's expiry after this filing", example = "2028-07-02")
        LocalDate expiresOn,

        @Schema(example = "2025-07-02T03:15:00Z") Instant recordedAt) {

    static FilingView of(RegistrationFiling f) {
        return new FilingView(f.kind, f.registrationNumber, f.registeredOn, f.termYears, f.expiresOn, f.recordedAt);
    }
}
