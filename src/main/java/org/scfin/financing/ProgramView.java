package org.scfin.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Program", description = "A financing program and how much of its limit is in use (limit figures are null for"
        + " suppliers)")
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record ProgramView(
        @Schema(example = "0KZ4J2D1X3B80") String id,
        @Schema(example = "0KZ4J2D1X3B7S") String bankId,
        @Schema(example = "0KZ4J2D1X3B7Q") String coreEnterpriseId,
        @Schema(example = "50000000.00") BigDecimal creditLimit,
        @Schema(description = "Approved principal not yet settled", example = "12500000.00") BigDecimal reservedPrincipal,
        @Schema(example = "37500000.00") BigDecimal availableLimit,
        @Schema(example = "90.00") BigDecimal maxAdvanceRatio,
        @Schema(example = "3.7000") BigDecimal rateFloor,
        @Schema(example = "5.0000") BigDecimal rateCap,
        @Schema(example = "ACT_360") DayCount dayCount,
        @Schema(example = "UPFRONT") InterestMode interestMode,
        @Schema(example = "2025-01-01") LocalDate validFrom,
        @Schema(example = "2025-12-31") LocalDate validTo,
        @Schema(example = "ACTIVE") ProgramStatus status) {

    static ProgramView of(FinancingProgram p) {
        return new ProgramView(p.id, p.bankId, p.coreEnterpriseId, p.creditLimit, p.reservedPrincipal,
                p.availableLimit().amount(), p.maxAdvanceRatio, p.rateFloor,
                p.rateCap, p.dayCount, p.interestMode, p.validFrom, p.validTo, p.status);
    }

    /** A bank's lending on a core enterprise is its own business: suppliers see the terms, not the limit figures. */
    static ProgramView forSupplier(FinancingProgram p) {
        return new ProgramView(p.id, p.bankId, p.coreEnterpriseId, null, null, null, p.maxAdvanceRatio, p.rateFloor, p.rateCap,
                p.dayCount, p.interestMode, p.validFrom, p.validTo, p.status);
    }
}
