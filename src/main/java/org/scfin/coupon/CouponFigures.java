package org.scfin.coupon;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rate coupons of the suppliers of a region and the regions under it, over a period: how many were issued (by issue
 * date), how many were used by approvals (by approval date), and the interest those used saved, yuan with 2 decimals.
 */
@Schema(
        name = "CouponFigures",
        description = "Rate coupons of the suppliers of the region over the period: issued by issue date, used by"
                + " approval date (a coupon given back by a rejected approval is not used)")
public record CouponFigures(
        @Schema(description = "Coupons issued in the period", example = "120")
        long issued,

        @Schema(description = "Coupons used by approvals in the period", example = "37")
        long used,

        @Schema(
                description = "Interest the used coupons saved their suppliers: principal x cut x days / 360 (365 on"
                        + " an ACT_365 program) of each, yuan",
                example = "41250.00")
        BigDecimal interestSaved) {}
