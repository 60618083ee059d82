package org.scfin.coupon;

/**
 * The question the coupons ask of the financings: has this bank an application of this supplier awaiting its decision?
 * Such a bank may read the supplier's coupon by id before it approves with it. The financing package answers it: it
 * builds on coupons, so the question is asked here and answered there, and the packages do not import each other.
 */
public interface PendingApplications {

    boolean awaitsDecision(String bankId, String supplierId);
}
