package org.scfin.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;
import org.scfin.common.WellFormedId;

@Schema(name = "ConsentInput", description = "A supplier's authorisation for a bank to read its non-public profile")
public record ConsentInput(
        @Schema(example = Examples.BANK_ID) @NotNull @WellFormedId
        String bankId,

        @Schema(description = "What the bank may read it for", example = "应收账款融资贷前审查")
        @NotBlank
        @Size(max = 200)
        @PlainText
        String purpose,

        @Schema(description = "First day it holds", example = "2026-04-01") @NotNull @DateRange
        LocalDate validFrom,

        @Schema(description = "Last day it holds, not before validFrom nor today", example = "2026-09-30")
        @NotNull
        @DateRange
        LocalDate validUntil) {}
