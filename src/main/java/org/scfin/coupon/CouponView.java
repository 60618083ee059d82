package org.scfin.coupon;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.Times;

@Schema(name = "RateCoupon", description = "A cut of the annual rate an authority gave a supplier, for one approval")
public record CouponView(
        @Schema(example = CouponExamples.COUPON_ID) String id,
        @Schema(example = Examples.SUPPLIER_ID) String supplierId,

        @Schema(
                description = "The supplier's region when the coupon was issued",
                example = CouponExamples.SUPPLIER_REGION)
        String supplierRegionCode,

        @Schema(description = "The region of the authority that issued it", example = CouponExamples.AUTHORITY_REGION)
        String authorityRegionCode,

        @Schema(description = "Basis points off the annual rate", example = CouponExamples.CUT_BP)
        int cutBp,

        @Schema(description = "The last day an approval may use it", example = CouponExamples.EXPIRES_ON)
        LocalDate expiresOn,

        @Schema(description = "EXPIRED once issued and past expiresOn", example = CouponExamples.STATUS)
        CouponStatus status,

        @Schema(description = "Business date of issue (Asia/Shanghai)", example = CouponExamples.ISSUED_ON)
        LocalDate issuedOn,

        @Schema(description = "The financing approved with it; null unless used", example = Examples.FINANCING_ID)
        String financingId,

        @Schema(description = "The bank that approved that financing; null unless used", example = Examples.BANK_ID)
        String bankId,

        @Schema(description = "Business date of that approval; null unless used", example = CouponExamples.USED_ON)
        LocalDate usedOn,

        @Schema(
                description = "principal x cut x days / year days of the financing's term, yuan; null unless used",
                example = CouponExamples.INTEREST_SAVED)
        BigDecimal interestSaved,

        @Schema(example = "2026-01-05T01:30:00Z") Instant issuedAt,

        @Schema(description = "Null unless revoked", example = Examples.CLOSED_AT)
        Instant revokedAt) {

    static CouponView of(RateCoupon c) {
        return new CouponView(
                c.id,
                c.supplierId,
                c.supplierRegionCode,
                c.authorityRegionCode,
                c.cutBp,
                c.expiresOn,
                c.statusOn(Times.today()),
                c.issuedOn,
                c.financingId,
                c.bankId,
                c.usedOn,
                c.interestSaved,
                c.createdAt,
                c.revokedAt);
    }
}
