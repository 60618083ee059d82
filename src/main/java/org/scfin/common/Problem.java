package org.scfin.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The RFC 9457 problem-details body every error answers with ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://scfin.org/problems/validation")
        String type,

        @Schema(example = "Request is not valid") String title,
        @Schema(example = "422") int status,
        @Schema(example = "1 rule broken, see errors") String detail,
        @Schema(example = "/api/v1/receivables") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
