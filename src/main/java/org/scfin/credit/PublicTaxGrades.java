package org.scfin.credit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import org.scfin.common.Jdbc;
import org.scfin.creditline.SupplierGrades;
import org.scfin.enterprise.TaxGrade;

/** The public tax grade of a profile, read the way the profile reads its latest fact of a kind. */
@ApplicationScoped
class PublicTaxGrades implements SupplierGrades {

    @Inject
    EntityManager em;

    @Override
    public Optional<TaxGrade> publicTaxGrade(String creditCode, LocalDate day) {
        return Jdbc.query(
                        em,
                        "select tax_grade from credit_fact where credit_code = ? and kind = ? and as_of <= ? and is_public"
                                + CreditProfiles.LATEST,
                        creditCode,
                        FactKind.TAX_GRADE.name(),
                        day)
                .stream()
                .findFirst()
                .map(row -> TaxGrade.valueOf((String) row[0]));
    }
}
