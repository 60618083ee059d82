package org.scfin.receivable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.PlainText;

@Schema(name = "ReasonInput", description = "Why a receivable is rejected or cancelled")
public record ReasonInput(
        @Schema(example = "goods returned in full") @NotBlank @Size(max = 500) @PlainText(multiLine = true)
        String reason) {}
