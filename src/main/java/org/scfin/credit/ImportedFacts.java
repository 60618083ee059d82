package org.scfin.credit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportedFacts", description = "What an import of credit facts recorded")
public record ImportedFacts(
        @Schema(description = "Facts in the batch", example = "3")
        int received,

        @Schema(description = "Facts new to the platform, now recorded", example = "2")
        int recorded,

        @Schema(description = "Facts recorded before (or twice in the batch): nothing written for them", example = "1")
        int unchanged,

        @Schema(
                description = "CREDIT_ALERT events sent to banks with an outstanding loan to the enterprise",
                example = "1")
        int alerts) {}
