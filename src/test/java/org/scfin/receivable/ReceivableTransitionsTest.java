package org.scfin.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;

/** Each transition of a receivable starts from the statuses it names and refuses any other, changing nothing. */
class ReceivableTransitionsTest {

    private static Receivable in(ReceivableStatus status) {
        Receivable r = new Receivable();
        r.status = status;
        r.amount = new BigDecimal("1000.00");
        return r;
    }

    private static void assertRefused(Runnable transition, Receivable r, ProblemType type, String message) {
        ReceivableStatus before = r.status;
        BigDecimal amountBefore = r.amount;
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.getMessage()).isEqualTo(message);
        });
        assertThat(r.status).isEqualTo(before);
        assertThat(r.amount).isEqualTo(amountBefore);
    }

    @Test
    void aSubmissionIsConfirmedOrRejectedOnce() {
        Receivable confirmed = in(ReceivableStatus.PENDING_CONFIRMATION);
        confirmed.confirm();
        assertThat(confirmed.status).isEqualTo(ReceivableStatus.CONFIRMED);
        assertRefused(
                confirmed::confirm, confirmed, ProblemType.CONFLICT, "cannot confirm a receivable in status CONFIRMED");
        assertRefused(
                confirmed::reject, confirmed, ProblemType.CONFLICT, "cannot reject a receivable in status CONFIRMED");

        Receivable rejected = in(ReceivableStatus.PENDING_CONFIRMATION);
        rejected.reject();
        assertThat(rejected.status).isEqualTo(ReceivableStatus.REJECTED);
        assertRefused(
                rejected::confirm, rejected, ProblemType.CONFLICT, "cannot confirm a receivable in status REJECTED");
    }

    @Test
    void aCreditNoteLeavesAPositiveAmountOnALiveReceivable() {
        Receivable r = in(ReceivableStatus.CONFIRMED);
        r.reduceBy(new BigDecimal("250.00"));
        assertThat(r.amount).isEqualTo(new BigDecimal("750.00"));
        assertRefused(
                () -> r.reduceBy(new BigDecimal("750.00")),
                r,
                ProblemType.VALIDATION,
                "amount: must be less than the receivable's amount 750.00 (cancel it to withdraw it whole)");
        Receivable cancelled = in(ReceivableStatus.CANCELLED);
        assertRefused(
                () -> cancelled.reduceBy(new BigDecimal("1.00")),
                cancelled,
                ProblemType.CONFLICT,
                "cannot adjust a receivable in status CANCELLED");
    }

    @Test
    void aSupplierCancelsOnlyWhatTheDebtorHasNotConfirmed() {
        Receivable confirmed = in(ReceivableStatus.CONFIRMED);
        assertRefused(
                () -> confirmed.cancel(true),
                confirmed,
                ProblemType.FORBIDDEN,
                "a confirmed receivable can only be cancelled by its core enterprise");
        confirmed.cancel(false);
        assertThat(confirmed.status).isEqualTo(ReceivableStatus.CANCELLED);
        assertRefused(
                () -> confirmed.cancel(false),
                confirmed,
                ProblemType.CONFLICT,
                "cannot cancel a receivable in status CANCELLED");

        Receivable pending = in(ReceivableStatus.PENDING_CONFIRMATION);
        pending.cancel(true);
        assertThat(pending.status).isEqualTo(ReceivableStatus.CANCELLED);
    }
}
