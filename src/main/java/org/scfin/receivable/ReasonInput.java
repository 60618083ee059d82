package org.scfin.receivable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonInput", description = "Why a receivable is rejected or cancelled")
public record ReasonInput(@Schema(example = "goods returned in full") @NotBlank @Size(max = 500) String reason) {
}
