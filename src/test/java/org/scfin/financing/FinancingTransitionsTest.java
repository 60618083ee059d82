package org.scfin.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.scfin.common.Times;

/**
 * Each transition of a financing starts from the statuses it names and refuses any other with a 409 that changes
 * nothing. Only transitions that touch no other rows are run here; the rest run in the lifecycle tests.
 */
class FinancingTransitionsTest {

    private static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** An application for 10,000.00 against 12,000.00 of receivables maturing in 90 days. */
    private static Financing applied() {
        FinancingProgram program = new FinancingProgram();
        program.id = "0KZ4J2D1X3B80";
        program.bankId = "0KZ4J2D1X3B7S";
        program.coreEnterpriseId = "0KZ4J2D1X3B7Q";
        program.dayCount = DayCount.ACT_360;
        program.interestMode = InterestMode.AT_MATURITY;
        return Financing.application(
                program,
                "0KZ4J2D1X3B7R",
                "620302",
                d("10000"),
                d("12000.00"),
                Times.today().plusDays(90),
                "supplier:0KZ4J2D1X3B7R",
                AT);
    }

    private static Financing approved() {
        Financing f = applied();
        // 10,000.00 for 90 days at 3.6% on ACT_360 is 90.00 of interest, due at maturity
        f.approve(
                d("90"),
                d("3.6"),
                Times.today(),
                new FinancingTerms(d("10000.00"), d("90.00"), d("10000.00"), d("10090.00"), 90),
                AT);
        return f;
    }

    private static void assertRefused(Runnable transition, Financing f, String message) {
        FinancingStatus before = f.status;
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.CONFLICT);
            assertThat(e.getMessage()).isEqualTo(message);
        });
        assertThat(f.status).isEqualTo(before);
    }

    @Test
    void anApplicationStartsAppliedWithNothingPaidAndTheProgramsConventions() {
        Financing f = applied();
        assertThat(f.status).isEqualTo(FinancingStatus.APPLIED);
        assertThat(f.requestedAmount).isEqualTo(d("10000.00"));
        assertThat(f.settledAmount).isEqualTo(d("0.00"));
        assertThat(f.bankId).isEqualTo("0KZ4J2D1X3B7S");
        assertThat(f.dayCount).isEqualTo(DayCount.ACT_360);
        assertThat(f.id).isNotNull();
    }

    @Test
    void approvalSetsTheTermsWithTheirScales() {
        Financing f = approved();
        assertThat(f.status).isEqualTo(FinancingStatus.APPROVED);
        assertThat(f.advanceRatio).isEqualTo(d("90.00"));
        assertThat(f.annualRate).isEqualTo(d("3.6000"));
        assertThat(f.amountDue).isEqualTo(d("10090.00"));
        assertThat(f.approvedAt).isEqualTo(AT);
    }

    @Test
    void eachTransitionRefusesAStatusItDoesNotStartFrom() {
        Financing applied = applied();
        assertRefused(
                () -> applied.disburse(Times.today(), AT), applied, "cannot disburse a financing in status APPLIED");
        assertRefused(() -> applied.pay(d("1.00")), applied, "cannot settle a financing in status APPLIED");
        assertRefused(
                () -> applied.extend(Times.today().plusDays(120), d("3.6000"), d("30.00")),
                applied,
                "cannot extend a financing in status APPLIED: relief applies to disbursed financings");

        Financing approved = approved();
        assertRefused(
                () -> approved.approve(d("90"), d("3.6"), Times.today(), null, AT),
                approved,
                "cannot approve a financing in status APPROVED");
        assertRefused(() -> approved.cancel(AT), approved, "cannot cancel a financing in status APPROVED");
        assertRefused(approved::requireCanSettle, approved, "cannot settle a financing in status APPROVED");
    }

    @Test
    void aDisbursedFinancingIsPaidAndExtendedButNotApprovedAgain() {
        Financing f = approved();
        f.disburse(Times.today(), AT);
        assertThat(f.status).isEqualTo(FinancingStatus.DISBURSED);
        assertThat(f.disbursedAt).isEqualTo(AT);
        assertRefused(f::requireCanApprove, f, "cannot approve a financing in status DISBURSED");
        assertRefused(f::requireCanReject, f, "cannot reject a financing in status DISBURSED");

        assertThat(f.pay(d("90.00"))).isFalse();
        assertThat(f.outstanding()).isEqualTo(d("10000.00"));
        LocalDate later = f.maturityDate.plusDays(30);
        f.extend(later, d("4.0000"), d("33.33"));
        assertThat(f.maturityDate).isEqualTo(later);
        assertThat(f.interest).isEqualTo(d("123.33"));
        assertThat(f.amountDue).isEqualTo(d("10123.33"));
        assertThat(f.pay(d("10033.33"))).isTrue();
    }

    @Test
    void nothingIsDisbursedOnOrAfterMaturity() {
        Financing f = approved();
        assertRefused(
                () -> f.disburse(f.maturityDate, AT),
                f,
                "the financing matures " + f.maturityDate
                        + ": nothing can be disbursed on or after maturity; reject the approval instead");
    }
}
