package org.scfin.coupon;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.WellFormedId;

@Schema(
        name = "RateCouponIssue",
        description = "Coupons of one cut and expiry for 1 to 100 suppliers of the authority's region, issued all"
                + " together or not at all")
public record CouponIssue(
        @Schema(
                description = "Suppliers registered in the authority's region or a region under it, each once",
                example = CouponExamples.SUPPLIER_IDS)
        @NotEmpty
        @Size(max = CouponService.MAX_SUPPLIERS, message = "must hold 1 to " + CouponService.MAX_SUPPLIERS + " ids")
        List<@NotNull @WellFormedId String> supplierIds,

        @Schema(
                description = "Basis points off the annual rate the bank approves (20 = 0.20 percentage points),"
                        + " 1 to 500; 20 when omitted",
                example = CouponExamples.CUT_BP)
        @Min(CouponService.MIN_CUT_BP)
        @Max(CouponService.MAX_CUT_BP)
        Integer cutBp,

        @Schema(
                description = "The last day an approval may use the coupon; after today",
                example = CouponExamples.EXPIRES_ON)
        @NotNull
        @DateRange
        LocalDate expiresOn) {}
