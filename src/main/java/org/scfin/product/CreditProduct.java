package org.scfin.product;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.scfin.common.ProblemException;
import org.scfin.common.VersionedEntity;
import org.scfin.enterprise.TaxGrade;

/** A bank's credit product in the pool. */
@Entity
@Table(name = "credit_product")
public class CreditProduct extends VersionedEntity {

    @Column(name = "bank_id", columnDefinition = "char(13)")
    public String bankId;

    @Column(name = "name")
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    public ProductKind kind;

    /** Percent a year. */
    @Column(name = "rate_min", precision = 7, scale = 4)
    public BigDecimal rateMin;

    @Column(name = "rate_max", precision = 7, scale = 4)
    public BigDecimal rateMax;

    /** The most one financing under the product lends. */
    @Column(name = "max_amount", precision = 19, scale = 2)
    public BigDecimal maxAmount;

    @Column(name = "max_term_days")
    public int maxTermDays;

    /** Null when the product asks for no grade. */
    @Enumerated(EnumType.STRING)
    @Column(name = "min_tax_grade", columnDefinition = "char(1)")
    public TaxGrade minTaxGrade;

    @Column(name = "fully_online")
    public boolean fullyOnline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public ProductStatus status;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** Each served with every region under it. Read for a whole page at once rather than one query per product. */
    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "credit_product_region", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "region_code", columnDefinition = "char(6)")
    public Set<String> regionCodes = new TreeSet<>();

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    void withdraw(Instant at) {
        if (!isPublished()) {
            throw ProblemException.conflict("product " + id + " is already withdrawn");
        }
        status = ProductStatus.WITHDRAWN;
        withdrawnAt = at;
    }
}
