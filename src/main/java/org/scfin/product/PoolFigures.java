package org.scfin.product;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;

@Schema(
        name = "ProductPoolFigures",
        description = "The published products serving a region: those serving the region itself, a region above it"
                + " or any region under it")
public record PoolFigures(
        @Schema(example = Examples.CITY_CODE) String regionCode,
        @Schema(example = Examples.CITY_NAME) String regionName,
        @Schema(example = "719") long products,
        @Schema(example = "431") long pureCreditProducts,

        @Schema(
                description = "Pure-credit products over all products, percent; null without products",
                example = "59.94")
        BigDecimal pureCreditShare,

        @Schema(example = "602") long fullyOnlineProducts,

        @Schema(
                description = "Mean of the products' rate-range midpoints ((rateMin + rateMax) / 2), percent a year,"
                        + " half-up to 4 decimals; null without products",
                example = "4.1250")
        BigDecimal averageRate) {}
