package org.scfin.financing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportBatch", description = "1 to 1,000 existing financings, recorded all together or not at all")
public record ImportBatch(
        @NotEmpty @Size(max = 1000, message = "must hold 1 to 1000 items")
        List<@Valid @NotNull ImportItem> items) {}
