package org.scfin.statistics;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.coupon.CouponFigures;
import org.scfin.product.PoolFigures;

/**
 * The credit-information (信易贷) figures of a region: what its lending through pre-approved lines, the reads of its
 * suppliers' credit profiles and the product pool serving it show. One block, so that further credit-information
 * figures of the region stand beside these.
 */
@Schema(
        name = "CreditInformationFigures",
        description = "Credit information (信易贷) in the region: lending through pre-approved lines, the reads of"
                + " credit profiles and the rate coupons over the period, and the product pool as it stands now")
public record CreditInformation(
        LineLending lineLending,
        ProfileReads profileReads,
        CouponFigures coupons,

        @Schema(
                description = "The product pool serving the region as it stands when asked: a current snapshot, the"
                        + " same whatever the period (GET /api/v1/product-pool/regions/{code})")
        PoolFigures productPool) {

    @Schema(
            name = "LineLendingFigures",
            description = "Financings disbursed in the period to suppliers of the region within a pre-approved credit"
                    + " line (approved naming the line); renewals count under relief, as in financings")
    public record LineLending(
            @Schema(description = "Financings lent through a line", example = "212")
            long count,

            @Schema(description = "Their principal, yuan", example = "365000000.00")
            BigDecimal amount,

            @Schema(description = "Distinct suppliers that borrowed through a line", example = "125")
            long borrowers,

            @Schema(
                    description = "Those of them that were credit white (no credit record) at their first financing"
                            + " through a line in the region, as the inclusion figure counts suppliers",
                    example = "27")
            long creditWhiteBorrowers,

            @Schema(
                    description = "creditWhiteBorrowers over borrowers, percent; null without borrowers",
                    example = "21.60")
            BigDecimal creditWhiteBorrowerSharePct,

            @Schema(
                    description = "The part of amount lent to suppliers that were credit white when it was disbursed,"
                            + " yuan",
                    example = "78840000.00")
            BigDecimal creditWhiteAmount,

            @Schema(description = "creditWhiteAmount over amount, percent; null without lending", example = "21.60")
            BigDecimal creditWhiteAmountSharePct,

            @Schema(
                    description = "amount over all the financings' amount of the period (financings.amount), percent;"
                            + " null without financings",
                    example = "31.47")
            BigDecimal amountSharePct) {}

    @Schema(
            name = "ProfileReadFigures",
            description =
                    "Banks' reads of the credit profiles of suppliers registered in the region, on the days of the"
                            + " period (each read is recorded with the supplier's region and the business date)")
    public record ProfileReads(
            @Schema(
                    description = "Reads of the full profile, non-public facts included, each under the supplier's"
                            + " live consent",
                    example = "1840")
            long consented,

            @Schema(description = "Reads of the public part only, which need no consent", example = "5120")
            long publicOnly) {}
}
