package org.scfin.financing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;

@Schema(name = "RejectionInput", description = "Why the bank refuses the application")
public record RejectionInput(
        @Schema(example = Examples.REJECTION_REASON) @NotNull
        RejectionReason reasonCode,

        @Schema(example = "exposure to the core enterprise at the bank's internal limit")
        @Size(max = 500)
        @PlainText(multiLine = true)
        String note) {}
