package org.scfin.financing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.notice.CollectionAccount;

@Schema(
        name = "Program",
        description =
                "A financing program and how much of its limit is in use (limit figures are null for" + " suppliers)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramView(
        @Schema(example = Examples.PROGRAM_ID) String id,
        @Schema(example = Examples.BANK_ID) String bankId,
        @Schema(example = Examples.CORE_ENTERPRISE_ID) String coreEnterpriseId,
        @Schema(example = Examples.CREDIT_LIMIT) BigDecimal creditLimit,

        @Schema(description = "Approved principal not yet settled", example = "12500000.00")
        BigDecimal reservedPrincipal,

        @Schema(example = "37500000.00") BigDecimal availableLimit,
        @Schema(example = Examples.ADVANCE_RATIO) BigDecimal maxAdvanceRatio,
        @Schema(example = "3.7000") BigDecimal rateFloor,
        @Schema(example = "5.0000") BigDecimal rateCap,
        @Schema(example = Examples.DAY_COUNT) DayCount dayCount,
        @Schema(example = Examples.INTEREST_MODE) InterestMode interestMode,
        @Schema(example = Examples.YEAR_START) LocalDate validFrom,
        @Schema(example = Examples.YEAR_END) LocalDate validTo,
        @Schema(example = Examples.PROGRAM_STATUS) ProgramStatus status,

        @Schema(
                description = "Where the core enterprise pays assigned receivables; absent on a program created before"
                        + " programs had one (no financing of it is disbursed until its bank sets one)")
        CollectionAccount collectionAccount,

        @Schema(
                description = "Whether a financing is disbursed only with a live registration of its receivables",
                example = "false")
        boolean registrationRequired) {

    static ProgramView of(FinancingProgram p) {
        return new ProgramView(
                p.id,
                p.bankId,
                p.coreEnterpriseId,
                p.creditLimit,
                p.reservedPrincipal,
                p.availableLimit().amount(),
                p.maxAdvanceRatio,
                p.rateFloor,
                p.rateCap,
                p.dayCount,
                p.interestMode,
                p.validFrom,
                p.validTo,
                p.status,
                p.collectionAccount(),
                p.registrationRequired);
    }

    /** A bank's lending on a core enterprise is its own business: suppliers see the terms, not the limit figures. */
    static ProgramView forSupplier(FinancingProgram p) {
        return new ProgramView(
                p.id,
                p.bankId,
                p.coreEnterpriseId,
                null,
                null,
                null,
                p.maxAdvanceRatio,
                p.rateFloor,
                p.rateCap,
                p.dayCount,
                p.interestMode,
                p.validFrom,
                p.validTo,
                p.status,
                p.collectionAccount(),
                p.registrationRequired);
    }
}
