package org.scfin.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.scfin.rate.RateRecord;
import org.scfin.rate.RateRecordKind;
import org.scfin.rate.Spreads;
import org.scfin.statistics.StatisticsRecorder;
import org.scfin.statistics.StatisticsRecorder.Disbursement;

/** Reports financing changes to statistics, in the transaction of the change. */
@ApplicationScoped
class FinancingStatistics {

    @Inject
    StatisticsRecorder recorder;

    /** A disbursement; {@code spreads} holds the reference rates the approval was priced against. */
    void disbursed(Financing f, Spreads spreads) {
        recorder.disbursed(new Disbursement(
                f.id,
                f.renewalOfId != null,
                f.supplierId,
                f.coreEnterpriseId,
                f.bankId,
                f.creditLineId,
                f.supplierRegionCode,
                f.appliedAt,
                f.disbursedAt,
                f.maturityDate,
                f.principal,
                f.annualRate,
                spreads.lpr1y(),
                spreads.regionalAverage()));
    }

    /** A live disbursement: the reference rates are those recorded at approval. */
    void disbursed(Financing f) {
        disbursed(f, openingSpreads(f.id));
    }

    /** The reference rates a financing was priced against when it was approved (or created by renewal). */
    Spreads openingSpreads(String financingId) {
        RateRecord opening = RateRecord.<RateRecord>find(
                        "financingId = ?1 and kind in ?2 order by createdAt",
                        financingId,
                        List.of(RateRecordKind.APPROVAL, RateRecordKind.RENEWAL))
                .firstResult();
        return new Spreads(opening.lpr1y, opening.regionalAverage, opening.spreadLprBp, opening.spreadRegionalBp);
    }

    /** A payment on {@code paidOn}, after which the financing owes what it now says. */
    void paid(Financing f, LocalDate paidOn) {
        recorder.repaid(f.id, f.outstandingPrincipal(), paidOn);
    }

    /** Relief on {@code day}; a cut in what is due can leave less principal owed, counted as repaid that day. */
    void extended(Financing f, boolean restructuring, LocalDate day, BigDecimal principal) {
        recorder.relieved(f.id, restructuring, day, principal, f.maturityDate);
        recorder.repaid(f.id, f.outstandingPrincipal(), day);
    }
}
