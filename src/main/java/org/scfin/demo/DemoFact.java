package org.scfin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.scfin.credit.CaseRole;
import org.scfin.credit.CreditFactInput;
import org.scfin.credit.FactKind;
import org.scfin.credit.PaymentStatus;
import org.scfin.enterprise.TaxGrade;

/**
 * A credit fact the demo imports, built with only its kind's value fields set: the others stay null, as the import
 * requires of each kind.
 */
final class DemoFact {
    private final String creditCode;
    private final FactKind kind;
    private final LocalDate asOf;
    private final String source;
    private final boolean isPublic;
    private TaxGrade grade;
    private Integer headcount;
    private PaymentStatus paymentStatus;
    private Integer monthsCovered;
    private String caseNumber;
    private CaseRole role;
    private String decisionNumber;
    private String authority;
    private BigDecimal amount;

    DemoFact(String creditCode, FactKind kind, LocalDate asOf, String source, boolean isPublic) {
        this.creditCode = creditCode;
        this.kind = kind;
        this.asOf = asOf;
        this.source = source;
        this.isPublic = isPublic;
    }

    DemoFact grade(TaxGrade value) {
        grade = value;
        return this;
    }

    DemoFact headcount(int value) {
        headcount = value;
        return this;
    }

    DemoFact payment(PaymentStatus status, int months) {
        paymentStatus = status;
        monthsCovered = months;
        return this;
    }

    DemoFact judgment(String number, CaseRole side, BigDecimal awarded) {
        caseNumber = number;
        role = side;
        amount = awarded;
        return this;
    }

    DemoFact penalty(String number, String by, BigDecimal fined) {
        decisionNumber = number;
        authority = by;
        amount = fined;
        return this;
    }

    CreditFactInput build() {
        return new CreditFactInput(
                creditCode,
                kind,
                asOf,
                source,
                isPublic,
                grade,
                headcount,
                paymentStatus,
                monthsCovered,
                caseNumber,
                role,
                decisionNumber,
                authority,
                amount);
    }
}
