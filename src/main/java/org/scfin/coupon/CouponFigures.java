package org.scfin.coupon;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RateCouponFigures",
        description = "Rate coupons of the suppliers of a region and the regions under it, over a period")
public record CouponFigures(
        @Schema(description = "Coupons issued in the period (by issue date)", example = "120")
        long issued,

        @Schema(description = "Coupons used by approvals in the period (by approval date)", example = "37")
        long used,

        @Schema(description = "Interest the coupons used in the period saved, yuan", example = "18250.40")
        BigDecimal interestSaved) {}
