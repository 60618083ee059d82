package org.scfin.iso20022;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;

/** The ISO reason of each refusal of an application: financing already initiated is CA03, whichever way it is known. */
class ApplicationRefusalsTest {

    @Test
    void anInvoiceInAnotherBanksLiveRegistrationIsCa03LikeALiveFinancing() {
        assertThat(ApplicationRefusals.reason(clash("not-registered-by-another-bank")))
                .isEqualTo(FinancingReason.CA03);
        assertThat(ApplicationRefusals.reason(clash("not-financed"))).isEqualTo(FinancingReason.CA03);
        assertThat(ApplicationRefusals.reason(clash("confirmed"))).isEqualTo(FinancingReason.NA01);
        assertThat(ApplicationRefusals.isRefusal(clash("not-registered-by-another-bank")))
                .isTrue();
    }

    private static ProblemException clash(String rule) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "receivableIds[0]: financing already initiated",
                List.of(new FieldError("receivableIds[0]", rule, "financing already initiated")));
    }
}
