package org.scfin.credit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditFactBatch", description = "1 to 1,000 credit facts, recorded all together or not at all")
public record CreditFactBatch(
        @NotEmpty @Size(max = CreditFactImport.MAX_ITEMS, message = "must hold 1 to 1000 items")
        List<@Valid @NotNull CreditFactInput> items) {}
