package org.scfin.credit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.Examples;
import org.scfin.common.SqlValues;
import org.scfin.enterprise.TaxGrade;

@Schema(name = "CreditFact", description = "A dated fact about an enterprise; value fields of other kinds are null")
public record CreditFactView(
        @Schema(example = CreditExamples.FACT_ID) String id,
        @Schema(example = Examples.SUPPLIER_CREDIT_CODE) String creditCode,
        @Schema(example = "TAX_GRADE") FactKind kind,
        @Schema(example = "2026-04-01") LocalDate asOf,
        @Schema(example = "国家税务总局甘肃省税务局") String source,
        @JsonProperty("public") @Schema(example = "true") boolean isPublic,
        @Schema(nullable = true, example = "A") TaxGrade grade,
        @Schema(nullable = true, example = "86") Integer headcount,
        @Schema(nullable = true, example = "ON_TIME") PaymentStatus paymentStatus,
        @Schema(nullable = true, example = "12") Integer monthsCovered,

        @Schema(nullable = true, example = "(2026)甘03民初123号")
        String caseNumber,

        @Schema(nullable = true, example = "DEFENDANT") CaseRole role,
        @Schema(nullable = true, example = "金市监罚〔2026〕18号") String decisionNumber,
        @Schema(nullable = true, example = "金昌市市场监督管理局") String authority,
        @Schema(nullable = true, example = "85000.00") BigDecimal amount,
        @Schema(example = "2026-04-02T01:00:00Z") Instant importedAt) {

    /** The columns {@link #of(Object[])} reads, in its order. */
    static final String COLUMNS = "id, credit_code, kind, as_of, source, is_public, tax_grade, headcount,"
            + " payment_status, months_covered, reference, case_role, authority, amount, imported_at";

    static CreditFactView of(Object[] row) {
        FactKind kind = FactKind.valueOf((String) row[2]);
        String reference = (String) row[10];
        return new CreditFactView(
                (String) row[0],
                (String) row[1],
                kind,
                SqlValues.date(row[3]),
                (String) row[4],
                SqlValues.bool(row[5]),
                row[6] == null ? null : TaxGrade.valueOf((String) row[6]),
                SqlValues.integer(row[7]),
                row[8] == null ? null : PaymentStatus.valueOf((String) row[8]),
                SqlValues.integer(row[9]),
                kind == FactKind.COURT_JUDGMENT ? reference : null,
                row[11] == null ? null : CaseRole.valueOf((String) row[11]),
                kind == FactKind.ADMINISTRATIVE_PENALTY ? reference : null,
                (String) row[12],
                (BigDecimal) row[13],
                SqlValues.instant(row[14]));
    }

    /** A fact as it is being recorded. */
    static CreditFactView of(String id, CreditFactInput f, Instant importedAt) {
        return new CreditFactView(
                id,
                f.creditCode(),
                f.kind(),
                f.asOf(),
                f.source(),
                f.isPublic(),
                f.grade(),
                f.headcount(),
                f.paymentStatus(),
                f.monthsCovered(),
                f.caseNumber(),
                f.role(),
                f.decisionNumber(),
                f.authority(),
                f.amount() == null ? null : f.amount().setScale(2, RoundingMode.UNNECESSARY),
                importedAt);
    }
}
