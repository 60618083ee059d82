package org.scfin.credit;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scfin.common.DateRange;
import org.scfin.common.Examples;
import org.scfin.common.PlainText;
import org.scfin.enterprise.TaxGrade;
import org.scfin.enterprise.ValidCreditCode;

/**
 * One dated fact about an enterprise, as the JSON items and the CSV rows of an import carry it. Which value fields a
 * fact holds depends on its kind; the others must be left out ({@link FactRules}).
 */
@Schema(
        name = "CreditFactInput",
        description = "A dated fact from public data about an enterprise. Value fields by kind: TAX_GRADE grade;"
                + " SOCIAL_INSURANCE headcount; UTILITY_PAYMENT paymentStatus and monthsCovered; COURT_JUDGMENT"
                + " caseNumber, role and amount; ADMINISTRATIVE_PENALTY decisionNumber, authority and amount")
public record CreditFactInput(
        @Schema(example = Examples.SUPPLIER_CREDIT_CODE) @NotNull @ValidCreditCode
        String creditCode,

        @Schema(example = "TAX_GRADE") @NotNull FactKind kind,

        @Schema(
                description = "The date the fact holds from (of a judgment or penalty: the date of decision)",
                example = "2026-04-01")
        @NotNull
        @DateRange
        LocalDate asOf,

        @Schema(description = "Where the fact was published", example = "国家税务总局甘肃省税务局")
        @NotBlank
        @Size(max = 200)
        @PlainText
        String source,

        @Schema(description = "Whether any bank may read it; a non-public fact needs the supplier's consent")
        @JsonProperty("public")
        @NotNull
        Boolean isPublic,

        @Schema(description = "TAX_GRADE: A, B, M, C or D (A best)", example = "A")
        TaxGrade grade,

        @Schema(description = "SOCIAL_INSURANCE: employees insured", example = "86") @Min(0) @Max(10_000_000)
        Integer headcount,

        @Schema(description = "UTILITY_PAYMENT: how the bills were paid", example = "ON_TIME")
        PaymentStatus paymentStatus,

        @Schema(description = "UTILITY_PAYMENT: the months up to asOf the record covers", example = "12")
        @Min(1)
        @Max(120)
        Integer monthsCovered,

        @Schema(description = "COURT_JUDGMENT: the case number", example = "(2026)甘03民初123号")
        @Size(min = 1, max = 64)
        @PlainText
        String caseNumber,

        @Schema(description = "COURT_JUDGMENT: the enterprise's side", example = "DEFENDANT")
        CaseRole role,

        @Schema(description = "ADMINISTRATIVE_PENALTY: the decision number", example = "金市监罚〔2026〕18号")
        @Size(min = 1, max = 64)
        @PlainText
        String decisionNumber,

        @Schema(description = "ADMINISTRATIVE_PENALTY: who decided it", example = "金昌市市场监督管理局")
        @Size(min = 1, max = 200)
        @PlainText
        String authority,

        @Schema(description = "COURT_JUDGMENT and ADMINISTRATIVE_PENALTY: yuan awarded or fined", example = "85000.00")
        @Positive
        @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 integer digits)")
        BigDecimal amount) {}
