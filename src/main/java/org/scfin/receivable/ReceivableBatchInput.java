package org.scfin.receivable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReceivableBatchInput", description = "1 to 1,000 receivables, saved all together or not at all")
public record ReceivableBatchInput(
        @NotEmpty @Size(max = ReceivableService.MAX_BATCH, message = "must hold 1 to 1000 items")
        List<@Valid @NotNull ReceivableInput> items) {}
