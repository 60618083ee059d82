package org.scfin.coupon;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssuedRateCoupons", description = "The coupons issued, one per supplier, in the order asked")
public record IssuedCoupons(List<CouponView> items) {}
