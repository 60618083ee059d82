package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import org.scfin.coupon.PendingApplications;

/** Answers the coupons' question: a bank may read a supplier's coupon while an application of it awaits the bank. */
@ApplicationScoped
class CouponApplications implements PendingApplications {

    @Override
    public boolean awaitsDecision(String bankId, String supplierId) {
        return Financing.count(
                        "supplierId = ?1 and status = ?2 and bankId = ?3", supplierId, FinancingStatus.APPLIED, bankId)
                > 0;
    }
}
