package org.scfin.statistics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * What statistics need of one disbursed financing, frozen when it was disbursed (the supplier's region and size, the
 * core enterprise's chain), plus the two things later changes move: the maturity and the principal still outstanding.
 */
@Entity
@Table(name = "financing_fact")
// a change writes only the columns it changed, never back the roller's counted flag it read before the roll
@DynamicUpdate
public class FinancingFact extends PanacheEntityBase {

    @Id
    @Column(name = "financing_id", columnDefinition = "char(13)")
    public String financingId;

    @Column(name = "renewal")
    public boolean renewal;

    /** Set by the roller once the financing's deltas are in the sums, so distinct counts agree with them. */
    @Column(name = "counted")
    public boolean counted;

    @Column(name = "supplier_id", columnDefinition = "char(13)")
    public String supplierId;

    @Column(name = "core_enterprise_id", columnDefinition = "char(13)")
    public String coreEnterpriseId;

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "industrial_chain_id", columnDefinition = "char(13)")
    public String industrialChainId;

    /** The pre-approved line it was lent under, or null. */
    @Column(name = "credit_line_id", columnDefinition = "char(13)")
    public String creditLineId;

    @Column(name = "chain_leader")
    public boolean chainLeader;

    @Column(name = "province_code", columnDefinition = "char(6)")
    public String provinceCode;

    @Column(name = "prefecture_code", columnDefinition = "char(6)")
    public String prefectureCode;

    @Column(name = "region_code", columnDefinition = "char(6)")
    public String regionCode;

    @Column(name = "size_class")
    public String sizeClass;

    @Column(name = "credit_white")
    public boolean creditWhite;

    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    @Column(name = "maturity_date")
    public LocalDate maturityDate;

    @Column(name = "principal", precision = 19, scale = 2)
    public BigDecimal principal;

    @Column(name = "principal_outstanding", precision = 19, scale = 2)
    public BigDecimal principalOutstanding;

    @Column(name = "annual_rate", precision = 7, scale = 4)
    public BigDecimal annualRate;

    @Column(name = "hours_to_disbursement", precision = 10, scale = 2)
    public BigDecimal hoursToDisbursement;
}
